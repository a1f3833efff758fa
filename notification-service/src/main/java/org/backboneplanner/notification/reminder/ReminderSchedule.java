package org.backboneplanner.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.ReminderKind;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.step.TrackedStep;
import org.springframework.stereotype.Component;

/**
 * A step's reminders in order: one at each of its owner's offsets before the due date, then overdue recalls a
 * period apart, at most {@code overdueRecalls}. Reminders go out at the configured hour of their day; one whose day
 * is today goes out at once, so a step planned with a close deadline is recalled the same day rather than never.
 * A reminder's id names its step, deadline, kind, day and recipient, so planning it twice finds the one there.
 * <p>
 * Nothing here loops over time: the overdue recall is computed, so no date in an event can keep this busy or mail
 * anyone forever.
 */
@Component
class ReminderSchedule {

    private final NotificationProperties properties;

    ReminderSchedule(NotificationProperties properties) {
        this.properties = properties;
    }

    /**
     * The reminders still to come as of {@code now}, in order: each offset whose day is not past, the first recall on
     * or after today, and, when that recall falls today, the one after it (planned already if today's went out).
     */
    List<Mail> upcoming(TrackedStep step, Preferences owner, Instant now) {
        if (!step.remindable()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        String language = language(step, owner);
        List<Mail> reminders = new ArrayList<>();
        for (int days : offsets(owner)) {
            LocalDate day = step.dueDate().minusDays(days);
            if (!day.isBefore(today)) {
                reminders.add(reminder(step, language, days == 0 ? ReminderKind.ON_THE_DAY : ReminderKind.BEFORE,
                        days, now));
            }
        }
        // the first recall on or after today: recall n falls n periods after the due date
        long late = ChronoUnit.DAYS.between(step.dueDate(), today);
        long recall = Math.max(1, -Math.floorDiv(-late, periodDays()));
        if (recall <= properties.overdueRecalls()) {
            reminders.add(recall(step, language, recall, now));
        }
        if (late == recall * periodDays() && recall + 1 <= properties.overdueRecalls()) {
            reminders.add(recall(step, language, recall + 1, now));
        }
        return reminders;
    }

    /**
     * The reminder that follows {@code handled} (sent, skipped or failed, of this step's deadline and owner): the next
     * offset or recall still to come, or none after the last recall.
     */
    Mail following(TrackedStep step, Preferences owner, Mail handled, Instant now) {
        if (handled.reminderKind() == ReminderKind.OVERDUE) {
            long recall = -handled.daysBefore() / periodDays() + 1;
            return step.remindable() && recall <= properties.overdueRecalls()
                    ? recall(step, language(step, owner), recall, now) : null;
        }
        return upcoming(step, owner, now).stream().filter(next -> next.daysBefore() < handled.daysBefore())
                .findFirst().orElse(null);
    }

    /** The ids of every reminder the step's deadline may have with this owner, past ones included. */
    Set<String> ids(TrackedStep step, Preferences owner) {
        Set<String> ids = new LinkedHashSet<>();
        if (step.remindable()) {
            offsets(owner).forEach(days -> ids.add(id(step, days == 0 ? ReminderKind.ON_THE_DAY : ReminderKind.BEFORE,
                    days)));
            for (long n = 1; n <= properties.overdueRecalls(); n++) {
                ids.add(id(step, ReminderKind.OVERDUE, -Math.toIntExact(n * periodDays())));
            }
        }
        return ids;
    }

    private static String language(TrackedStep step, Preferences owner) {
        return owner.language() != null ? owner.language() : step.language();
    }

    /** The owner's offsets within bounds (stored ones predate the API's check, or came from configuration). */
    private static List<Integer> offsets(Preferences owner) {
        return owner.offsetsDays().stream().filter(Objects::nonNull)
                .filter(days -> days >= 0 && days <= Preferences.MAX_OFFSET_DAYS).distinct()
                .sorted(Comparator.reverseOrder()).limit(Preferences.MAX_OFFSETS).toList();
    }

    private long periodDays() {
        return Math.max(1, properties.overdueEvery().toDays());
    }

    private Mail recall(TrackedStep step, String language, long n, Instant now) {
        return reminder(step, language, ReminderKind.OVERDUE, -Math.toIntExact(n * periodDays()), now);
    }

    private Mail reminder(TrackedStep step, String language, ReminderKind kind, int daysBefore, Instant now) {
        LocalDate day = step.dueDate().minusDays(daysBefore);
        Instant sendAt = day.equals(LocalDate.ofInstant(now, properties.zone())) ? now
                : max(day.atTime(properties.sendAt()).atZone(properties.zone()).toInstant(), now);
        return Mail.reminder(id(step, kind, daysBefore), kind, new Mail.About(step.networkId(), step.initiativeId(),
                step.initiativeName(), step.id(), step.role(), step.plan(), step.title()), new Mail.To(step.ownerEmail(),
                step.ownerName(), language), step.dueDate(), daysBefore, sendAt);
    }

    private static String id(TrackedStep step, ReminderKind kind, int daysBefore) {
        return "reminder|" + step.id() + "|" + step.dueDate() + "|" + kind + "|" + daysBefore + "|" + step.ownerEmail();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
