package org.backboneplanner.notification.digest;

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
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


/** The opt-in weekly digest: open steps, what is due within two weeks, what is overdue; once a week. */
class WeeklyDigestTest extends NotificationTest {

    @Autowired
    DigestPlanner digests;
    @Autowired
    TrackedSteps steps;

    private void step(String title, LocalDate due, NextStepStatus status) {
        String id = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(id, BackboneRole.POLICY, title,
                new StepOwner("owner", null, "Owner", email, "fr"), due, status)));
    }

    @Test
    void aMemberWhoAskedGetsOneDigestAWeekListingTheirOpenSteps() throws Exception {
        api(tokens().of("owner").networks(List.of(network)).email(email).sign()).put("/api/me/notification-preferences",
                Map.of("offsetsDays", List.of(), "digest", true, "language", "fr", "paused", false));
        step("Étape en retard", LocalDate.of(2026, 11, 20), NextStepStatus.TODO);
        step("Étape bientôt", LocalDate.of(2026, 12, 10), NextStepStatus.DOING);
        step("Étape plus tard", LocalDate.of(2027, 3, 1), NextStepStatus.TODO);
        step("Étape finie", LocalDate.of(2026, 12, 5), NextStepStatus.DONE);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.openOf(email).size() == 3);

        // Tuesday: not the digest's day
        assertThat(digests.planDigests()).isZero();
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30).atZone(ZoneId.of("America/Montreal")).toInstant());
        assertThat(digests.planDigests()).isEqualTo(1);
        assertThat(digests.planDigests()).as("a week's digest exists once").isZero();
        dispatcher.dispatchDue();

        List<jakarta.mail.internet.MimeMessage> digestsSent = mailsTo(email).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Votre résumé");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(digestsSent).hasSize(1);
        assertThat(digestsSent.get(0).getSubject()).isEqualTo("Votre résumé de la semaine : 3 étapes ouvertes");
        String body = part(digestsSent.get(0), "text/plain");
        assertThat(body.indexOf("En retard")).isLessThan(body.indexOf("Étape en retard"));
        assertThat(body.indexOf("À échéance dans les deux prochaines semaines")).isLessThan(body.indexOf("Étape bientôt"));
        assertThat(body.indexOf("Autres étapes ouvertes")).isLessThan(body.indexOf("Étape plus tard"));
        assertThat(body).doesNotContain("Étape finie").contains("Se désabonner");
    }
}
