package org.backboneplanner.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to send at one moment, and what became of it (the network's sent / failed log). Its id is
 * made from what it is about (e.g. the step, due date, moment and recipient of a reminder), so planning
 * it twice finds the one already there and a mail already sent is never sent again. The due-time
 * index keeps finding what is due cheap, however many mails wait. While one instance sends it, it holds
 * {@code claimToken}, unique to that claim.
 */
@Document("mails")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'sendAt': 1}"),
        // every single-mail write asks for {_id, status}: this index serves it on the MongoDB wire-protocol
        // server too, which only uses an index whose keys are exactly the query's (redundant on MongoDB)
        @CompoundIndex(name = "id_status", def = "{'_id': 1, 'status': 1}", unique = true),
        @CompoundIndex(name = "id_claim", def = "{'_id': 1, 'claimToken': 1}", unique = true),
        @CompoundIndex(name = "network_log", def = "{'networkId': 1, 'status': 1, 'sendAt': -1}"),
        @CompoundIndex(name = "step", def = "{'stepId': 1, 'status': 1}")})
public record Mail(
        @Id String id,
        MailKind kind,
        ReminderKind reminderKind,
        String networkId,
        String initiativeId,
        String initiativeName,
        String stepId,
        BackboneRole role,
        PlanKind plan,
        String title,
        String recipient,
        String recipientName,
        String language,
        LocalDate dueDate,
        int daysBefore,
        Map<String, String> details,
        List<DigestItem> digest,
        Instant sendAt,
        MailStatus status,
        int attempts,
        String claimedBy,
        String claimToken,
        Instant claimedAt,
        Instant sentAt,
        String subject,
        String lastError) {

    /** A step listed in a digest. */
    public record DigestItem(String title, String initiativeName, String networkId, String initiativeId,
                             BackboneRole role, PlanKind plan, LocalDate dueDate) {
    }

    /** What a mail is about: an initiative, and for a reminder or a mention, one of its rows or steps. */
    public record About(String networkId, String initiativeId, String initiativeName, String stepId, BackboneRole role,
                        PlanKind plan, String title) {

        public static About initiative(String networkId, String initiativeId, String initiativeName) {
            return new About(networkId, initiativeId, initiativeName, null, null, null, null);
        }
    }

    /** Who a mail goes to, in which language. */
    public record To(String address, String name, String language) {
    }

    /** A reminder of a step's deadline, {@code daysBefore} it (negative once overdue), pending until {@code sendAt}. */
    public static Mail reminder(String id, ReminderKind kind, About about, To to, LocalDate dueDate, int daysBefore,
                                Instant sendAt) {
        return pending(id, MailKind.REMINDER, kind, about, to, dueDate, daysBefore, null, null, sendAt);
    }

    /** A week's digest of a person's open steps. */
    public static Mail digest(String id, String networkId, To to, List<DigestItem> items, Instant sendAt) {
        return pending(id, MailKind.DIGEST, null, About.initiative(networkId, null, null), to, null, 0, null, items,
                sendAt);
    }

    /** An invitation to an initiative; {@code details} name who invites and as what. */
    public static Mail invitation(String id, About about, To to, Map<String, String> details, Instant sendAt) {
        return pending(id, MailKind.INVITATION, null, about, to, null, 0, details, null, sendAt);
    }

    /** A mention in a comment; {@code details} hold its author and words. */
    public static Mail mention(String id, About about, To to, Map<String, String> details, Instant sendAt) {
        return pending(id, MailKind.MENTION, null, about, to, null, 0, details, null, sendAt);
    }

    private static Mail pending(String id, MailKind kind, ReminderKind reminderKind, About about, To to,
                                LocalDate dueDate, int daysBefore, Map<String, String> details, List<DigestItem> digest,
                                Instant sendAt) {
        return new Mail(id, kind, reminderKind, about.networkId(), about.initiativeId(), about.initiativeName(),
                about.stepId(), about.role(), about.plan(), about.title(), to.address(), to.name(), to.language(),
                dueDate, daysBefore, details, digest, sendAt, MailStatus.PENDING, 0, null, null, null, null, null, null);
    }

    /** This mail, never to be sent, with the reason shown in the mail log. */
    public Mail skipped(String why) {
        return new Mail(id, kind, reminderKind, networkId, initiativeId, initiativeName, stepId, role, plan, title,
                recipient, recipientName, language, dueDate, daysBefore, details, digest, sendAt, MailStatus.SKIPPED,
                attempts, null, null, null, null, null, why);
    }
}
