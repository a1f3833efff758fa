package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;

/** What the mails say, in both languages, with a valid calendar file and unsubscribe headers. */
class MailContentTest extends NotificationTest {

    private MimeMessage reminder(String language) {
        return reminder(language, "Choisir trois indicateurs");
    }

    private MimeMessage reminder(String language, String title) {
        publish(SampleEvents.scheduled("Petite enfance Haut-Richelieu", SampleEvents.step(UUID.randomUUID().toString(),
                BackboneRole.SHARED_MEASUREMENT, title, new StepOwner("alice", null, "Alice Tremblay",
                        email, language), LocalDate.of(2026, 12, 2), NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return mailsTo(email).size() == 1;
        });
        return mailsTo(email).get(0);
    }

    @Test
    void aFrenchReminderSaysWhatWhereAndWhenAsTextAndHtmlWithACalendarFile() throws Exception {
        MimeMessage mail = reminder("fr");

        assertThat(mail.getSubject()).isEqualTo("Rappel : « Choisir trois indicateurs » est prévue pour le 2 décembre 2026");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("fr");
        String text = part(mail, "text/plain");
        assertThat(text).contains("Bonjour Alice Tremblay").contains("Établir un système d'évaluation commun")
                .contains("Petite enfance Haut-Richelieu").contains(network).contains("2 décembre 2026")
                .contains("http://planner.example/#/networks/" + network + "/initiatives/" + initiative)
                .contains("Se désabonner : http://planner.example/api/unsubscribe?token=");
        String html = part(mail, "text/html");
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"fr\">").contains("<th align=\"left\">Rôle :</th>")
                .contains("Choisir trois indicateurs");

        String ics = part(mail, "text/calendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nBEGIN:VEVENT\r\n").contains("\r\nDTSTART;VALUE=DATE:20261202\r\n")
                .contains("\r\nDTEND;VALUE=DATE:20261203\r\n").contains("\r\nUID:").contains("\r\nEND:VEVENT\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }

        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://planner.example/api/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aReminderNamesTheNetworkByItsNameNotItsAlias() throws Exception {
        publish(new InitiativeCreated("Petite enfance Haut-Richelieu", "", "alice", Maturity.EMERGING, 2026, 2028,
                List.of("fr"), Visibility.NETWORK, null, "Réseau Montérégie"));

        String text = part(reminder("fr"), "text/plain").replace("\r\n", "\n");

        assertThat(text).contains("Réseau : Réseau Montérégie\n").doesNotContain("Réseau : " + network);
    }

    @Test
    void aReminderInANetworkNoEventNamedYetShowsItsId() throws Exception {
        assertThat(part(reminder("fr"), "text/plain").replace("\r\n", "\n")).contains("Réseau : " + network + "\n");
    }

    @Test
    void anEnglishOwnerGetsItInEnglish() throws Exception {
        MimeMessage mail = reminder("en");

        assertThat(mail.getSubject()).isEqualTo("Reminder: \"Choisir trois indicateurs\" is due on December 2, 2026");
        assertThat(part(mail, "text/plain")).contains("Hello Alice Tremblay").contains("Establish shared measurement")
                .contains("Unsubscribe: ");
    }

    @Test
    void lineBreaksAndControlCharactersInATitleLeaveTheSubjectOnOneLineAndTheCalendarFileValid() throws Exception {
        MimeMessage mail = reminder("fr", "Choisir\rtrois\r\nindicateurs\nclés\u0001\u0007\u001b\tvite");

        assertThat(mail.getSubject()).doesNotContain("\r").doesNotContain("\n").doesNotContainPattern("\\p{Cc}")
                .contains("Choisir trois indicateurs clés vite");

        String ics = part(mail, "text/calendar");
        // every line ends with CRLF: no bare CR or LF, no other control character anywhere
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n")
                .doesNotContainPattern("\\p{Cc}");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nDESCRIPTION:Choisir\\ntrois\\nindicateurs\\nclés vite\\nPetite enfance")
                .contains("\r\nSUMMARY:Rappel : « Choisir trois indicateurs clés");
        assertThat(part(mail, "text/plain").replace("\r\n", "\n")).doesNotContain("\r")
                .doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]");
    }

    @Test
    void anInvitationIsMailedInTheInviteesLanguage() throws Exception {
        publish(new MemberInvited(email, "Bob Gagnon", InitiativeRole.PARTNER, "en", "Table jeunesse", "Alice Tremblay"));

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return mailsTo(email).size() == 1;
        });
        MimeMessage mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Alice Tremblay invites you to the initiative \"Table jeunesse\"");
        assertThat(part(mail, "text/plain")).contains("as partner").contains("Log in to Backbone Planner")
                .contains("Unsubscribe: http://planner.example/api/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://planner.example/api/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aMentionIsMailedToWhoeverIsMentioned() throws Exception {
        publish(new CommentAdded(UUID.randomUUID().toString(), BackboneRole.POLICY, null, "Gaston", "Qu'en dit la MRC?",
                List.of(new CommentAdded.Mention("u-x", "Xavier", email)), "Table"));

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return mailsTo(email).size() == 1;
        });
        assertThat(mailsTo(email).get(0).getSubject()).isEqualTo("Gaston vous a mentionné dans « Table »");
        assertThat(part(mailsTo(email).get(0), "text/plain")).contains("Qu'en dit la MRC?");
    }
}
