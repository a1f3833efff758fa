package org.backboneplanner.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.notification.mail.ReminderKind;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;

/** The offsets before a deadline and the weekly recall after it, on a clock the test moves. */
class ReminderScheduleTest extends NotificationTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    private final String stepId = UUID.randomUUID().toString();

    private NextStepDetails step(LocalDate due, NextStepStatus status) {
        return SampleEvents.step(stepId, BackboneRole.RESOURCES, "Déposer la demande au fonds régional",
                new StepOwner("alice", null, "Alice Tremblay", email, "fr"), due, status);
    }

    private void at(LocalDateTime local) {
        clock.set(local.atZone(MONTREAL).toInstant());
    }

    private int sentCount() {
        return mailsTo(email).size();
    }

    /** The step's reminders waiting: only ever its next one. */
    private List<LocalDateTime> pending() {
        return queue.ofStep(stepId).stream().filter(m -> m.status() == MailStatus.PENDING)
                .map(m -> m.sendAt().atZone(MONTREAL).toLocalDateTime()).toList();
    }

    @Test
    void remindersComeAtEachOffsetThenWeeklyWhileOverdueAndStopWhenDone() throws Exception {
        publish(SampleEvents.scheduled("Table", step(DUE, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !queue.ofStep(stepId).isEmpty());
        assertThat(queue.ofStep(stepId)).as("only the next reminder waits").extracting(Mail::reminderKind, Mail::daysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.BEFORE, 7));
        assertThat(pending()).containsExactly(LocalDateTime.of(2026, 12, 4, 8, 0));

        dispatcher.dispatchDue();
        assertThat(sentCount()).isZero();

        at(LocalDateTime.of(2026, 12, 4, 8, 1));
        dispatcher.dispatchDue();
        assertThat(sentCount()).isEqualTo(1);
        assertThat(mailsTo(email).get(0).getSubject())
                .isEqualTo("Rappel : « Déposer la demande au fonds régional » est prévue pour le 11 décembre 2026");
        assertThat(pending()).as("sending one planned the next").containsExactly(LocalDateTime.of(2026, 12, 10, 8, 0));

        at(LocalDateTime.of(2026, 12, 10, 8, 1));
        dispatcher.dispatchDue();
        assertThat(pending()).containsExactly(LocalDateTime.of(2026, 12, 11, 8, 0));
        at(LocalDateTime.of(2026, 12, 11, 8, 1));
        dispatcher.dispatchDue();
        assertThat(sentCount()).isEqualTo(3);
        assertThat(mailsTo(email).get(2).getSubject()).startsWith("Aujourd'hui : « Déposer la demande");
        assertThat(pending()).containsExactly(LocalDateTime.of(2026, 12, 18, 8, 0));

        at(LocalDateTime.of(2026, 12, 18, 8, 1));
        dispatcher.dispatchDue();
        assertThat(sentCount()).isEqualTo(4);
        assertThat(mailsTo(email).get(3).getSubject()).startsWith("En retard :");
        // the next weekly recall is waiting
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.status() == MailStatus.PENDING)
                .extracting(m -> m.sendAt().atZone(MONTREAL).toLocalDate()).containsExactly(LocalDate.of(2026, 12, 25));

        publish(SampleEvents.updated("Table", step(DUE, NextStepStatus.DONE), step(DUE, NextStepStatus.TODO), "status"));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).stream()
                .noneMatch(m -> m.status() == MailStatus.PENDING));
        at(LocalDateTime.of(2026, 12, 25, 9, 0));
        dispatcher.dispatchDue();
        assertThat(sentCount()).isEqualTo(4);
    }

    @Test
    void overdueRecallsStopAfterEightWeeksWhateverTheStepStaysAt() throws Exception {
        publish(SampleEvents.scheduled("Table", step(DUE, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).size() == 1);

        for (LocalDate day : List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 10), DUE)) {
            at(day.atTime(8, 1));
            dispatcher.dispatchDue();
        }
        assertThat(sentCount()).as("two before, one on the day").isEqualTo(3);
        for (int week = 1; week <= 10; week++) {
            at(DUE.plusWeeks(week).atTime(8, 1));
            dispatcher.dispatchDue();
        }

        assertThat(sentCount()).as("then eight weekly recalls, no more").isEqualTo(3 + 8);
        assertThat(mailsTo(email).get(10).getSubject()).startsWith("En retard :");
        assertThat(queue.ofStep(stepId)).noneMatch(m -> m.status() == MailStatus.PENDING);
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.reminderKind() == ReminderKind.OVERDUE)
                .extracting(Mail::daysBefore).containsExactly(-7, -14, -21, -28, -35, -42, -49, -56);
    }

    @Test
    void aStepRecordedLongAfterItsDeadlineIsNotRecalledWeekly() {
        publish(SampleEvents.scheduled("Table", step(LocalDate.of(2026, 6, 1), NextStepStatus.TODO)));
        String marker = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(marker, BackboneRole.POLICY, "Marqueur",
                new StepOwner("alice", null, "Alice Tremblay", email, "fr"), DUE, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !queue.ofStep(marker).isEmpty());

        assertThat(queue.ofStep(stepId)).as("26 weeks late: past its last recall").isEmpty();
    }

    @Test
    void aStepCreatedCloseToItsDeadlineGetsTheRemindersStillDueNotThosePast() {
        at(LocalDateTime.of(2026, 12, 10, 15, 0));
        publish(SampleEvents.scheduled("Table", step(DUE, NextStepStatus.TODO)));

        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).size() == 1);
        assertThat(queue.ofStep(stepId)).extracting(Mail::reminderKind, Mail::daysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.BEFORE, 1));
        dispatcher.dispatchDue();
        assertThat(sentCount()).as("the one-day reminder, due today, goes at once").isEqualTo(1);
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.status() == MailStatus.PENDING)
                .extracting(Mail::reminderKind).containsExactly(ReminderKind.ON_THE_DAY);
    }

    @Test
    void aNewDueDateReplansTheRemindersAndOnesAlreadySentAreNotSentAgain() {
        publish(SampleEvents.scheduled("Table", step(DUE, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).size() == 1);
        at(LocalDateTime.of(2026, 12, 4, 8, 1));
        dispatcher.dispatchDue();

        LocalDate later = LocalDate.of(2027, 1, 15);
        publish(SampleEvents.updated("Table", step(later, NextStepStatus.TODO), step(DUE, NextStepStatus.TODO), "dueDate"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queue.ofStep(stepId))
                .filteredOn(m -> m.status() == MailStatus.PENDING).singleElement()
                .satisfies(m -> assertThat(m.dueDate()).isEqualTo(later)));
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.status() == MailStatus.SENT).hasSize(1);
        // a redelivery of the first event (same sequence) changes nothing: once a later event of the same
        // initiative (same partition, so consumed after it) is applied, the redelivery was seen
        publisher.publish(org.backboneplanner.events.Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                SampleEvents.scheduled("Table", step(DUE, NextStepStatus.TODO))));
        String marker = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(marker, BackboneRole.POLICY, "Marqueur",
                new StepOwner("alice", null, "Alice Tremblay", email, "fr"), later, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !queue.ofStep(marker).isEmpty());
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.status() == MailStatus.PENDING).singleElement()
                .satisfies(m -> assertThat(m.dueDate()).isEqualTo(later));
    }
}
