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
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailKind;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;

/** The opt-in weekly digest: open steps, what is due within two weeks, what is overdue; once a week. */
class WeeklyDigestTest extends NotificationTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Autowired
    DigestPlanner digests;
    @Autowired
    TrackedSteps steps;

    private void step(String title, LocalDate due, NextStepStatus status) {
        String id = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(id, BackboneRole.POLICY, title,
                new StepOwner("owner", null, "Owner", email, "fr"), due, status)));
    }

    private void askForTheDigest() {
        api(tokens().of("owner").networks(List.of(network)).email(email).sign()).put("/api/me/notification-preferences",
                Map.of("offsetsDays", List.of(), "digest", true, "language", "fr", "paused", false));
    }

    /** The digests planned for this test's address (other tests' subscribers may be planned beside them). */
    private List<Mail> myDigests() {
        return queue.log(network, null, 0, 50).items().stream()
                .filter(m -> m.kind() == MailKind.DIGEST && m.recipient().equals(email)).toList();
    }

    private MimeMessage sentDigest() {
        dispatcher.dispatchDue();
        List<MimeMessage> sent = mailsTo(email).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Votre résumé");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    @Test
    void aMemberWhoAskedGetsOneDigestAWeekListingTheirOpenSteps() throws Exception {
        askForTheDigest();
        step("Étape en retard", LocalDate.of(2026, 11, 20), NextStepStatus.TODO);
        step("Étape bientôt", LocalDate.of(2026, 12, 10), NextStepStatus.DOING);
        step("Étape plus tard", LocalDate.of(2027, 3, 1), NextStepStatus.TODO);
        step("Étape finie", LocalDate.of(2026, 12, 5), NextStepStatus.DONE);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.openOf(email).size() == 3);

        // Tuesday: not the digest's day
        assertThat(digests.planDigests()).isZero();
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30).atZone(MONTREAL).toInstant());
        digests.planDigests();
        digests.planDigests();
        assertThat(myDigests()).as("a week's digest exists once").hasSize(1);

        MimeMessage digest = sentDigest();
        assertThat(digest.getSubject()).isEqualTo("Votre résumé de la semaine : 3 étapes ouvertes");
        String body = part(digest, "text/plain");
        assertThat(body.indexOf("En retard")).isLessThan(body.indexOf("Étape en retard"));
        assertThat(body.indexOf("À échéance dans les deux prochaines semaines")).isLessThan(body.indexOf("Étape bientôt"));
        assertThat(body.indexOf("Autres étapes ouvertes")).isLessThan(body.indexOf("Étape plus tard"));
        assertThat(body).doesNotContain("Étape finie").contains("Se désabonner");
    }

    @Test
    void theDigestSortsStepsByTheDayOfTheServiceClockNotOfTheMachine() throws Exception {
        // years away from any day this build runs on, so the machine's calendar cannot line up by chance
        clock.set(LocalDateTime.of(2030, 6, 3, 7, 30).atZone(MONTREAL).toInstant());
        askForTheDigest();
        step("Passée depuis deux semaines", LocalDate.of(2030, 5, 20), NextStepStatus.TODO);
        step("Dans une semaine", LocalDate.of(2030, 6, 10), NextStepStatus.TODO);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.openOf(email).size() == 2);

        digests.planDigests();
        String body = part(sentDigest(), "text/plain");

        int overdue = body.indexOf("En retard");
        int soon = body.indexOf("À échéance dans les deux prochaines semaines");
        int later = body.indexOf("Autres étapes ouvertes");
        assertThat(body.indexOf("Passée depuis deux semaines")).isBetween(overdue, soon);
        assertThat(body.indexOf("Dans une semaine")).isBetween(soon, later);
    }
}
