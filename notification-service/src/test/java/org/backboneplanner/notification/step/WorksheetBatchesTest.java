package org.backboneplanner.notification.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RetryListener;

/**
 * The worksheet events' listener takes a poll's records at once and plans runs of step events together. Whatever
 * a poll holds, the outcome is the one of applying its events one after the other: a step met twice ends up as its
 * last event says, a member's departure between two events of their step holds for the later one, an event already
 * applied changes nothing, and a bad record (forged, or naming another network than its aggregate's) goes alone to
 * the dead-letter topic at its first failure while the records around it apply.
 */
class WorksheetBatchesTest extends NotificationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    @Autowired
    TrackedSteps steps;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    CommonErrorHandler errorHandler;
    @Autowired
    MongoTemplate mongo;

    private final String memberId = "member-" + UUID.randomUUID();
    private final Map<String, List<Integer>> attempts = new ConcurrentHashMap<>();
    private final List<String> deadLettered = new CopyOnWriteArrayList<>();
    private long sequence;

    @AfterEach
    void forgetRetryListener() {
        ((DefaultErrorHandler) errorHandler).setRetryListeners();
    }

    private NextStepDetails step(String id, String title, StepOwner owner) {
        return SampleEvents.step(id, BackboneRole.POLICY, title, owner, DUE, NextStepStatus.TODO);
    }

    private EventEnvelope next(org.backboneplanner.events.EventPayload payload) {
        return SampleEvents.envelope(network, initiative, ++sequence, payload);
    }

    private List<Mail> pending(String stepId) {
        return queue.ofStep(stepId).stream().filter(m -> m.status() == MailStatus.PENDING).toList();
    }

    /** Publishes while the listener is paused, so that it takes all of it in one poll when it resumes. */
    private void inOnePoll(Runnable publishing) {
        List<MessageListenerContainer> containers = List.copyOf(listeners.getListenerContainers());
        containers.forEach(MessageListenerContainer::pause);
        await().atMost(Duration.ofSeconds(20)).until(() -> containers.stream().allMatch(MessageListenerContainer::isContainerPaused));
        publishing.run();
        containers.forEach(MessageListenerContainer::resume);
    }

    /** Notes each failed delivery and each record set aside, as the service's own error handler sees them. */
    private void countFailures() {
        ((DefaultErrorHandler) errorHandler).setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                if (initiative.equals(record.key())) {
                    attempts.computeIfAbsent(String.valueOf(record.offset()), o -> new CopyOnWriteArrayList<>()).add(attempt);
                }
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                if (initiative.equals(record.key())) {
                    deadLettered.add(String.valueOf(record.offset()));
                }
            }
        });
    }

    @Test
    void aPollAppliesAsItsEventsOneAfterTheOtherAndSetsItsBadRecordsAsideAlone() {
        countFailures();
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String c = "c-" + UUID.randomUUID();
        String d = "d-" + UUID.randomUUID();
        String colleague = newAddress("colleague");
        StepOwner leaving = new StepOwner(memberId, null, "Ève", email, "fr");
        StepOwner staying = new StepOwner("colleague", null, "Colin", colleague, "fr");
        EventEnvelope forged = SampleEvents.envelope(network, initiative, 90, SampleEvents.scheduled("Table",
                step("forged-" + UUID.randomUUID(), "Forgée", staying)));
        String foreignStep = "foreign-" + UUID.randomUUID();
        EventEnvelope foreign = SampleEvents.envelope(newNetwork(), initiative, 91, SampleEvents.scheduled("Table",
                step(foreignStep, "D'un autre réseau", staying)));

        inOnePoll(() -> {
            publisher.publishAll(Topics.WORKSHEET, List.of(
                    next(SampleEvents.scheduled("Table", step(a, "Première version", staying))),
                    next(SampleEvents.scheduled("Table", step(b, "Étape d'Ève", leaving))),
                    // a met again: a run of its own, which sees the reminder planned for its first event
                    next(SampleEvents.updated("Table", step(a, "Deuxième version", staying),
                            step(a, "Première version", staying), "title")),
                    next(new MemberRoleChanged(memberId, email, InitiativeRole.PARTNER, null)),
                    // after the departure: b is still Ève's and plans nothing for her
                    next(SampleEvents.updated("Table", step(b, "Étape d'Ève, renommée", leaving),
                            step(b, "Étape d'Ève", leaving), "title"))));
            publisher.publishSignedWith(new EventSignature("a-forgers-key", null), Topics.WORKSHEET, forged);
            publisher.publishAll(Topics.WORKSHEET, List.of(
                    next(SampleEvents.scheduled("Table", step(c, "Avant l'intrus", staying))),
                    foreign,
                    next(SampleEvents.scheduled("Table", step(d, "Après l'intrus", staying))),
                    // already applied (sequence 1): changes nothing
                    SampleEvents.envelope(network, initiative, 1, SampleEvents.scheduled("Table",
                            step(a, "Périmée", staying)))));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> steps.get(d) != null && deadLettered.size() == 2);
        assertThat(steps.get(a).title()).isEqualTo("Deuxième version");
        assertThat(pending(a)).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Deuxième version"));
        assertThat(steps.get(b).ownerLeft()).isTrue();
        assertThat(steps.get(b).title()).isEqualTo("Étape d'Ève, renommée");
        assertThat(pending(b)).isEmpty();
        assertThat(steps.get(c)).isNotNull();
        assertThat(pending(c)).hasSize(1);
        assertThat(pending(d)).hasSize(1);
        assertThat(steps.get(foreignStep)).as("an event naming another network changes nothing").isNull();
        assertThat(mongo.findById(initiative, Document.class, "applied_events").get("sequence", Number.class).longValue())
                .isEqualTo(sequence);

        try (EventTap dead = new EventTap(TestServers.kafka().bootstrapServers(), Topics.deadLetter(Topics.WORKSHEET))) {
            assertThat(dead.awaitEvents(initiative, events -> events.size() >= 2, Duration.ofSeconds(20)))
                    .extracting(EventEnvelope::id).containsExactlyInAnyOrder(forged.id(), foreign.id());
        }
        // each bad record failed once and was set aside at once (retrying cannot mend it); no other record failed
        assertThat(attempts).hasSize(2).allSatisfy((offset, tries) -> assertThat(tries).containsExactly(1));
        assertThat(attempts.keySet()).containsExactlyInAnyOrderElementsOf(deadLettered);
    }
}
