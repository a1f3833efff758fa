package org.backboneplanner.notification.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.digest.DigestPlanner;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member removed from an initiative hears no more of the steps they own there, until they join again. */
class MemberDepartureTest extends NotificationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    @Autowired
    TrackedSteps steps;
    @Autowired
    DigestPlanner digests;

    private final String memberId = "member-" + UUID.randomUUID();
    private final String stepId = UUID.randomUUID().toString();
    private final String colleague = newAddress("colleague");
    private final String colleagueStepId = UUID.randomUUID().toString();

    private NextStepDetails step(String title) {
        return SampleEvents.step(stepId, BackboneRole.POLICY, title, new StepOwner(memberId, null, "Ève", email, "fr"),
                DUE, NextStepStatus.TODO);
    }

    private List<Mail> pending(String step) {
        return queue.ofStep(step).stream().filter(m -> m.status() == MailStatus.PENDING).toList();
    }

    @Test
    void aRemovedMemberLosesRemindersAndDigestLinesOfTheirStepsThereAndGetsThemBackOnJoining() throws Exception {
        api(tokens().of(memberId).networks(List.of(network)).email(email).sign()).put("/api/me/notification-preferences",
                Map.of("offsetsDays", List.of(7, 1, 0), "digest", true, "language", "fr", "paused", false));
        publish(SampleEvents.scheduled("Table", step("Rencontrer la MRC")));
        publish(SampleEvents.scheduled("Table", SampleEvents.step(colleagueStepId, BackboneRole.POLICY, "Autre étape",
                new StepOwner("colleague", null, "Colin", colleague, "fr"), DUE, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).size() == 1
                && pending(colleagueStepId).size() == 1);

        publish(new MemberRoleChanged(memberId, email, InitiativeRole.PARTNER, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).isEmpty());
        assertThat(pending(colleagueStepId)).as("others' steps keep theirs").hasSize(1);

        // a later change of the step (still theirs) plans nothing for them
        publish(SampleEvents.updated("Table", step("Rencontrer la MRC en janvier"), step("Rencontrer la MRC"), "title"));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.get(stepId).title().endsWith("janvier"));
        assertThat(pending(stepId)).isEmpty();

        // nor does their digest list it
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30).atZone(ZoneId.of("America/Montreal")).toInstant());
        digests.planDigests();
        dispatcher.dispatchDue();
        assertThat(mailsTo(email)).singleElement().satisfies(digest -> assertThat(digest.getSubject())
                .isEqualTo("Votre résumé de la semaine : aucune étape ouverte"));
        clock.set(NOON);

        publish(new MemberJoined(memberId, email, "Ève", InitiativeRole.PARTNER));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(stepId).size() == 1);
        assertThat(pending(stepId)).singleElement().satisfies(m -> assertThat(m.title()).endsWith("janvier"));
        assertThat(steps.openOf(email)).extracting(TrackedStep::id).containsExactly(stepId);
    }
}
