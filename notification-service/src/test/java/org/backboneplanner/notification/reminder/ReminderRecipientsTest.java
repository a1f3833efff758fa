package org.backboneplanner.notification.reminder;

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
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Who a step's reminders go to, and when none go: a step owned by a partner is recalled at the contact's
 * address its event carries, in the contact's language; an owner who paused their mail gets none while
 * paused and the later ones once they resume; a dropped step is recalled no more.
 */
class ReminderRecipientsTest extends NotificationTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    private final String stepId = UUID.randomUUID().toString();

    private void at(LocalDateTime local) {
        clock.set(local.atZone(MONTREAL).toInstant());
    }

    private NextStepDetails step(StepOwner owner, NextStepStatus status) {
        return SampleEvents.step(stepId, BackboneRole.COMMUNITY_ENGAGEMENT, "Confirmer la salle", owner, DUE, status);
    }

    private List<Mail> pending() {
        return queue.ofStep(stepId).stream().filter(m -> m.status() == MailStatus.PENDING).toList();
    }

    @Test
    void aStepOwnedByAPartnerIsRecalledAtItsContactsAddressInTheirLanguage() throws Exception {
        String contact = newAddress("line.roy");
        publish(SampleEvents.scheduled("Table", step(new StepOwner(null, "partner-granby", "Line Roy", contact, "en"),
                NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending().size() == 1);
        assertThat(pending()).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo(contact);
            assertThat(m.recipientName()).isEqualTo("Line Roy");
            assertThat(m.language()).isEqualTo("en");
        });

        at(LocalDateTime.of(2026, 12, 4, 8, 1));
        dispatcher.dispatchDue();

        assertThat(mailsTo(contact)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .startsWith("Reminder: \"Confirmer la salle\" is due on"));
    }

    @Test
    void aPausedOwnerGetsNoReminderWhilePausedAndTheLaterOnesOnceTheyResume() throws Exception {
        ApiClient owner = api(tokens().of("owner").networks(List.of(network)).email(email).sign());
        publish(SampleEvents.scheduled("Table", step(new StepOwner("owner", null, "Owner", email, "fr"),
                NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending().size() == 1);
        assertThat(owner.put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(7, 1, 0),
                "language", "fr", "paused", true)).status()).isEqualTo(200);

        at(LocalDateTime.of(2026, 12, 4, 8, 1));
        dispatcher.dispatchDue();
        assertThat(mailsTo(email)).isEmpty();
        assertThat(queue.ofStep(stepId)).filteredOn(m -> m.status() == MailStatus.SKIPPED)
                .extracting(Mail::daysBefore).containsExactly(7);

        assertThat(owner.put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(7, 1, 0),
                "language", "fr", "paused", false)).status()).isEqualTo(200);
        dispatcher.dispatchDue();
        assertThat(mailsTo(email)).as("what was skipped during the pause stays skipped").isEmpty();
        at(LocalDateTime.of(2026, 12, 10, 8, 1));
        dispatcher.dispatchDue();

        assertThat(mailsTo(email)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .startsWith("Rappel : « Confirmer la salle »"));
    }

    @Test
    void aDroppedStepIsRecalledNoMore() {
        StepOwner owner = new StepOwner("owner", null, "Owner", email, "fr");
        publish(SampleEvents.scheduled("Table", step(owner, NextStepStatus.TODO)));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending().size() == 1);

        publish(SampleEvents.updated("Table", step(owner, NextStepStatus.DROPPED), step(owner, NextStepStatus.TODO),
                "status"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending().isEmpty());
        for (LocalDate day = DUE.minusDays(7); !day.isAfter(DUE.plusWeeks(9)); day = day.plusDays(1)) {
            at(day.atTime(8, 1));
            dispatcher.dispatchDue();
        }

        assertThat(mailsTo(email)).isEmpty();
        assertThat(queue.ofStep(stepId)).isEmpty();
    }
}
