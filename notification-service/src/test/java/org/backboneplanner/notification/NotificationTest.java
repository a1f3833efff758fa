package org.backboneplanner.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.notification.mail.MailDispatcher;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.MutableClock;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * notification-service against real Kafka, MongoDB wire server and SMTP, with a clock the test sets;
 * mail goes out when a test calls {@link MailDispatcher#dispatchDue()}, digests are planned when it calls
 * the planner: nothing is scheduled. Each Spring context has its own consumer group and database, so a
 * context with other settings (another clock, another property) never takes events meant for another;
 * each test has its own network, initiative and address.
 */
@Import(NotificationTest.TestClock.class)
@TestPropertySource(properties = {"backbone.notification.scheduling=false", "backbone.notification.retry-backoff=100ms",
        "backbone.notification.public-url=http://planner.example"})
public abstract class NotificationTest extends ServiceIntegrationTest {

    /** Tuesday 1 December 2026, 12:00 in Montréal. */
    protected static final Instant NOON = Instant.parse("2026-12-01T17:00:00Z");

    protected final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    protected final String network = newNetwork();
    protected final String initiative = UUID.randomUUID().toString();
    protected final String email = newAddress("owner");
    private long sequence;

    /** The contexts whose consumer is known to listen, by their TrackedSteps bean. */
    private static final java.util.Set<Object> LISTENING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired
    protected MutableClock clock;
    @Autowired
    private TrackedSteps followed;
    @Autowired
    protected MailDispatcher dispatcher;
    @Autowired
    protected MailQueue queue;

    /**
     * Called once per Spring context: a consumer group and a database of its own, reading only what is
     * published once it listens, so it never replays (and then mails) what earlier tests published.
     */
    @DynamicPropertySource
    static void ownGroupAndDatabase(DynamicPropertyRegistry registry) {
        String context = UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.kafka.consumer.group-id", () -> "notification-test-" + context);
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
        registry.add("spring.mongodb.database", () -> "notification-" + context);
    }

    @BeforeEach
    void startAtNoonWithTheConsumerListening() {
        clock.set(NOON);
        if (LISTENING.contains(followed)) {
            return;
        }
        // probes until one is applied: from then on, every event this test publishes reaches the context
        List<String> probes = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String probe = "probe-" + UUID.randomUUID();
            probes.add(probe);
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, probe, 1, SampleEvents.scheduled("Probe",
                    SampleEvents.step(probe, BackboneRole.POLICY, "Probe", null, null, NextStepStatus.TODO))));
            return probes.stream().anyMatch(id -> followed.get(id) != null);
        });
        LISTENING.add(followed);
    }

    @AfterEach
    void closePublisher() {
        publisher.close();
    }

    /** A mailbox nobody else in this JVM uses. */
    protected static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    protected void publish(EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, ++sequence, payload));
    }

    /** Publishes an event of another initiative of the test's network, with its own sequence from 1. */
    protected void publishIn(String otherInitiative, long otherSequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, otherInitiative, otherSequence, payload));
    }

    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestServers.mail().received()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded text of a mail's part of a MIME type (text/plain, text/html, text/calendar). */
    protected static String part(MimeMessage mail, String type) throws Exception {
        for (jakarta.mail.Part part : leaves(mail)) {
            if (part.isMimeType(type)) {
                if (part.getContent() instanceof String text) {
                    return text;
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static List<jakarta.mail.Part> leaves(jakarta.mail.Part part) throws Exception {
        List<jakarta.mail.Part> all = new java.util.ArrayList<>();
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            all.add(part);
        }
        return all;
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOON);
        }
    }
}
