package org.backboneplanner.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.notification.mail.MailDispatcher;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.MutableClock;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * notification-service against real Kafka, MongoDB wire server and SMTP, with a clock the test sets;
 * mail goes out when a test calls {@link MailDispatcher#dispatchDue()}.
 */
@Import(NotificationTest.TestClock.class)
@TestPropertySource(properties = {"backbone.notification.poll-interval=1h", "backbone.notification.retry-backoff=100ms",
        "backbone.notification.public-url=http://planner.example"})
public abstract class NotificationTest extends ServiceIntegrationTest {

    /** Tuesday 1 December 2026, 12:00 in Montréal. */
    protected static final Instant NOON = Instant.parse("2026-12-01T17:00:00Z");

    protected final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    protected final String network = newNetwork();
    protected final String initiative = UUID.randomUUID().toString();
    protected final String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private long sequence;

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected MailDispatcher dispatcher;
    @Autowired
    protected MailQueue queue;

    @AfterEach
    void closePublisher() {
        publisher.close();
        clock.set(NOON);
    }

    protected void publish(EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, ++sequence, payload));
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
