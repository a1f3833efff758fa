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
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.notification.mail.ReminderKind;
import org.backboneplanner.notification.step.TrackedStep;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A replan and the planning of a step's following reminder at dispatch, interleaved by hand: the replan read the
 * step before the following reminder was added to it, and writes it after. Neither loses what the other wrote.
 */
class ConcurrentReplanTest extends NotificationTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    @Autowired
    TrackedSteps steps;
    @Autowired
    ReminderPlanner planner;

    private final String stepId = UUID.randomUUID().toString();

    private NextStepDetails step(String title) {
        return SampleEvents.step(stepId, BackboneRole.POLICY, title, new StepOwner("owner", null, "Owner", email, "fr"),
                DUE, NextStepStatus.TODO);
    }

    @Test
    void aReplanThatReadTheStepBeforeItsFollowingReminderWasPlannedKeepsThatReminder() {
        publish(SampleEvents.scheduled("Table", step("Réserver la salle")));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).size() == 1);
        String first = queue.ofStep(stepId).get(0).id();
        clock.set(LocalDateTime.of(2026, 12, 4, 8, 1).atZone(MONTREAL).toInstant());

        // a title change read now, written only after the dispatcher planned what follows the reminder due now
        NextStepUpdated renamed = SampleEvents.updated("Table", step("Réserver la grande salle"), step("Réserver la salle"),
                "title");
        TrackedStep read = steps.changed(SampleEvents.envelope(network, initiative, 99, renamed), "Table", renamed.step());
        planner.planFollowing(List.of(first));
        planner.replan(read);

        List<Mail> pending = queue.ofStep(stepId).stream().filter(m -> m.status() == MailStatus.PENDING).toList();
        assertThat(pending).extracting(Mail::reminderKind, Mail::daysBefore).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReminderKind.BEFORE, 7),
                org.assertj.core.groups.Tuple.tuple(ReminderKind.BEFORE, 1));
        assertThat(pending).as("the replan reached the reminder planned meanwhile too")
                .allSatisfy(m -> assertThat(m.title()).isEqualTo("Réserver la grande salle"));
        assertThat(steps.get(stepId).reminderIds()).containsExactlyInAnyOrderElementsOf(
                pending.stream().map(Mail::id).toList());
        assertThat(steps.get(stepId).title()).isEqualTo("Réserver la grande salle");
    }
}
