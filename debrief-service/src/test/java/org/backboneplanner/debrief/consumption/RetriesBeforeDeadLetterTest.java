package org.backboneplanner.debrief.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.consumption.EventConsumptionProperties;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;

/**
 * An event that is signed and sound but fails for its own reasons (here a step without a status, which the
 * projection cannot fold) is tried again {@code backbone.consumption.max-retries} times, then set aside on
 * the dead-letter topic; the partition goes on with the next event. The attempts are counted as the
 * service's own error handler sees the real listener fail.
 */
class RetriesBeforeDeadLetterTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private final String network = newNetwork();
    private final String initiative = UUID.randomUUID().toString();
    private final List<Integer> attempts = new CopyOnWriteArrayList<>();
    private final AtomicInteger deadLettered = new AtomicInteger();

    @Autowired
    CommonErrorHandler errorHandler;
    @Autowired
    EventConsumptionProperties consumption;

    @AfterEach
    void tearDown() {
        ((DefaultErrorHandler) errorHandler).setRetryListeners();
        publisher.close();
    }

    /** Notes each failed delivery of this test's records, as the error handler counts them. */
    private void countAttempts() {
        ((DefaultErrorHandler) errorHandler).setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                if (initiative.equals(record.key())) {
                    attempts.add(attempt);
                }
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                if (initiative.equals(record.key())) {
                    deadLettered.incrementAndGet();
                }
            }
        });
    }

    @Test
    void anEventThatKeepsFailingIsRetriedTheConfiguredTimesThenDeadLetteredAndLaterEventsApply() {
        countAttempts();
        ApiClient alice = api(tokens().token("alice", network));
        String debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                SampleEvents.initiativeCreated("Table")));
        EventEnvelope failing = SampleEvents.envelope(network, initiative, 2, new NextStepScheduled("Table",
                SampleEvents.step("s1", BackboneRole.POLICY, "Sans statut", null, LocalDate.of(2027, 1, 1), null)));
        publisher.publish(Topics.WORKSHEET, failing);
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 3, new NextStepScheduled("Table",
                SampleEvents.step("s2", BackboneRole.POLICY, "Après", null, LocalDate.of(2027, 1, 1), NextStepStatus.TODO))));

        try (EventTap dead = new EventTap(TestServers.kafka().bootstrapServers(), Topics.deadLetter(Topics.WORKSHEET))) {
            assertThat(dead.awaitEvents(initiative, events -> !events.isEmpty(), Duration.ofSeconds(30)))
                    .extracting(EventEnvelope::id).containsExactly(failing.id());
        }
        int expected = (int) consumption.maxRetries() + 1;
        assertThat(expected).as("retries are configured").isGreaterThan(1);
        assertThat(attempts).as("the first delivery, then each retry").containsExactlyElementsOf(
                IntStream.rangeClosed(1, expected).boxed().toList());
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettered.get() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(debrief).json().path("openNextSteps").asLong() == 1);
    }
}
