package org.backboneplanner.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;

import org.backboneplanner.events.BackboneRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email to send about one next step at one moment. Its id names the step, due date, moment and
 * recipient, so planning the same reminder again finds the one already there (and never re-sends
 * one already sent), while a new due date or a new owner gets reminders of its own.
 */
@Document("reminders")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'sendAt': 1}"),
        @CompoundIndex(name = "network_log", def = "{'networkId': 1, 'status': 1, 'sentAt': -1}")})
public record Reminder(
        @Id String id,
        @Indexed String stepId,
        String networkId,
        String initiativeId,
        String initiativeName,
        BackboneRole role,
        String title,
        String ownerName,
        String ownerEmail,
        String language,
        LocalDate dueDate,
        ReminderKind kind,
        int daysBefore,
        Instant sendAt,
        ReminderStatus status,
        int attempts,
        String claimedBy,
        Instant claimedAt,
        Instant sentAt,
        String lastError) {

    static String idOf(String stepId, LocalDate dueDate, ReminderKind kind, int days, String email) {
        return stepId + "|" + dueDate + "|" + kind + "|" + days + "|" + email.toLowerCase();
    }
}
