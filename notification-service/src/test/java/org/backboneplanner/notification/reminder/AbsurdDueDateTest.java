package org.backboneplanner.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A due date no deadline can have (issue 9, defect 1: year -10000000 made the planner loop forever, so
 * no mail went out for anyone, even after a restart) plans nothing, and the events behind it are
 * handled as usual.
 */
class AbsurdDueDateTest extends NotificationTest {

    @Autowired
    TrackedSteps steps;

    @ParameterizedTest
    @ValueSource(strings = {"-10000000-01-01", "+999999999-12-31", "1999-12-31", "2101-01-01"})
    void aStepDueOutsideTheSaneRangeGetsNoReminderAndHoldsUpNobody(String due) {
        String poison = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(poison, BackboneRole.POLICY, "Étape absurde",
                new StepOwner("mallory", null, "Mallory", email, "fr"), LocalDate.parse(due), NextStepStatus.TODO)));
        String normal = UUID.randomUUID().toString();
        String other = newAddress("other");
        publish(SampleEvents.scheduled("Table", SampleEvents.step(normal, BackboneRole.POLICY, "Étape normale",
                new StepOwner("bob", null, "Bob", other, "fr"), LocalDate.of(2026, 12, 2), NextStepStatus.TODO)));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatcher.dispatchDue();
            return mailsTo(other).size() == 1;
        });

        assertThat(steps.get(poison)).as("the step is followed, without its absurd date").isNotNull()
                .satisfies(step -> assertThat(step.dueDate()).isNull());
        assertThat(queue.ofStep(poison)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
    }
}
