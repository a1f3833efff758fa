package org.backboneplanner.notification.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A next step taken off its worksheet stops its reminders and leaves its owner's digest; restored, it has them again. */
class StepRemovalTest extends NotificationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    @Autowired
    TrackedSteps steps;

    private final String stepId = UUID.randomUUID().toString();
    private final String otherStepId = UUID.randomUUID().toString();

    private NextStepDetails step(String id, String title) {
        return SampleEvents.step(id, BackboneRole.RESOURCES, title, new StepOwner("eve", null, "Ève", email, "fr"), DUE,
                NextStepStatus.TODO);
    }

    private List<Mail> pending(String step) {
        return queue.ofStep(step).stream().filter(m -> m.status() == MailStatus.PENDING).toList();
    }

    @Test
    void aRemovedStepLosesItsRemindersAndARestoredOneGetsThemBack() {
        publish(SampleEvents.scheduled("Table", step(stepId, "Déposer la demande")));
        publish(SampleEvents.scheduled("Table", step(otherStepId, "Réserver la salle")));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).size() == 1 && pending(otherStepId).size() == 1);

        publish(new NextStepRemoved("Table", step(stepId, "Déposer la demande")));

        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).isEmpty());
        assertThat(pending(otherStepId)).as("the other step keeps its reminder").hasSize(1);
        assertThat(steps.openOf(email)).extracting(TrackedStep::id).containsExactly(otherStepId);

        publish(new NextStepRestored("Table", step(stepId, "Déposer la demande")));

        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).size() == 1);
        assertThat(steps.openOf(email)).extracting(TrackedStep::id).containsExactlyInAnyOrder(stepId, otherStepId);
    }
}
