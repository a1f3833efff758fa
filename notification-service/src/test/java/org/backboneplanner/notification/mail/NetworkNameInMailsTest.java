package org.backboneplanner.notification.mail;

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
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.digest.DigestPlanner;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;

/**
 * Every kind of mail names the network by the name initiative events carry, never by its alias: reminders,
 * digests, invitations and mentions, in French and English. Only links may hold the alias (it is in the URL).
 */
class NetworkNameInMailsTest extends NotificationTest {

    private static final String NAME = "Réseau Montérégie Est";

    @Autowired
    DigestPlanner digests;
    @Autowired
    TrackedSteps steps;

    @BeforeEach
    void nameTheNetwork() {
        publish(new InitiativeCreated("Table jeunesse", "", "alice", Maturity.EMERGING, 2026, 2028, List.of("fr"),
                Visibility.NETWORK, null, NAME));
    }

    private MimeMessage onlyMail() {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return mailsTo(email).size() == 1;
        });
        return mailsTo(email).get(0);
    }

    /** The plain text and HTML without their links, where the alias rightly stands. */
    private static String withoutLinks(MimeMessage mail) throws Exception {
        return (part(mail, "text/plain") + part(mail, "text/html")).replaceAll("(?:https?://|href=\")[^\\s\"<>]*", "");
    }

    private void assertNamesTheNetwork(MimeMessage mail) throws Exception {
        String text = withoutLinks(mail);
        assertThat(text).contains(NAME).doesNotContain(network);
    }

    @Test
    void aReminderNamesTheNetwork() throws Exception {
        publish(SampleEvents.scheduled("Table jeunesse", SampleEvents.step(UUID.randomUUID().toString(),
                BackboneRole.POLICY, "Rencontrer la MRC", new StepOwner("alice", null, "Alice", email, "fr"),
                LocalDate.of(2026, 12, 2), NextStepStatus.TODO)));

        assertNamesTheNetwork(onlyMail());
    }

    @Test
    void anInvitationNamesTheNetworkInEitherLanguage() throws Exception {
        publish(new MemberInvited(email, "Bob Gagnon", InitiativeRole.PARTNER, "en", "Table jeunesse", "Alice Tremblay"));

        MimeMessage mail = onlyMail();
        assertNamesTheNetwork(mail);
        assertThat(part(mail, "text/plain")).contains("Network: " + NAME);
    }

    @Test
    void aMentionNamesTheNetwork() throws Exception {
        publish(new CommentAdded(UUID.randomUUID().toString(), BackboneRole.POLICY, null, "Gaston", "Qu'en dit la MRC?",
                List.of(new CommentAdded.Mention("u-x", "Xavier", email)), "Table jeunesse"));

        MimeMessage mail = onlyMail();
        assertNamesTheNetwork(mail);
        assertThat(part(mail, "text/plain")).contains("Réseau : " + NAME);
    }

    @Test
    void aDigestNamesTheNetworkOfEachStep() throws Exception {
        api(tokens().of("owner").networks(List.of(network)).email(email).sign()).put("/api/me/notification-preferences",
                Map.of("offsetsDays", List.of(), "digest", true, "language", "fr", "paused", false));
        publish(SampleEvents.scheduled("Table jeunesse", SampleEvents.step(UUID.randomUUID().toString(),
                BackboneRole.POLICY, "Étape plus tard", new StepOwner("owner", null, "Owner", email, "fr"),
                LocalDate.of(2027, 3, 1), NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.openOf(email).size() == 1);
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30).atZone(ZoneId.of("America/Montreal")).toInstant());
        digests.planDigests();

        MimeMessage digest = onlyMail();
        assertThat(digest.getSubject()).startsWith("Votre résumé");
        assertNamesTheNetwork(digest);
        assertThat(part(digest, "text/plain")).contains("Étape plus tard — Table jeunesse (" + NAME + ")");
    }
}
