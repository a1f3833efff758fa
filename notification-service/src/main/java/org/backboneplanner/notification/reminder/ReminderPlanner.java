package org.backboneplanner.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.mail.ReminderKind;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.step.TrackedStep;
import org.backboneplanner.notification.step.TrackedSteps;
import org.springframework.stereotype.Component;

/**
 * Decides which reminders a next step should have now: one at each of its owner's offsets before the
 * due date that is not already past, and the next overdue recall. Reminders go out at the configured
 * hour of their day; one whose day is today goes out at once, so a step planned with a close deadline
 * is recalled the same day rather than never. A step done, dropped, undated, without an owner's address,
 * whose owner left the initiative, or due outside the sane range has none pending.
 * <p>
 * Nothing here loops over time: the overdue recall is computed, and a deadline gets at most
 * {@code overdueRecalls} of them, so no date in an event can keep this busy or mail anyone forever.
 */
@Component
public class ReminderPlanner {

    private final NotificationProperties properties;
    private final PreferencesStore preferences;
    private final TrackedSteps steps;
    private final MailQueue queue;
    private final Clock clock;

    ReminderPlanner(NotificationProperties properties, PreferencesStore preferences, TrackedSteps steps,
                    MailQueue queue, Clock clock) {
        this.properties = properties;
        this.preferences = preferences;
        this.steps = steps;
        this.queue = queue;
        this.clock = clock;
    }

    /** Replans one step's pending reminders. */
    public void replan(TrackedStep step) {
        replanAll(List.of(step));
    }

    /**
     * Replans the pending reminders of several steps (each once) in three round trips, however many: their
     * owners' preferences read at once, the reminders written in one bulk write, their ids in another.
     */
    public void replanAll(List<TrackedStep> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Preferences> stored = preferences.storedOf(batch.stream().filter(TrackedStep::remindable)
                .map(TrackedStep::ownerEmail).toList());
        List<MailQueue.StepReminders> reminders = new ArrayList<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (TrackedStep step : batch) {
            List<Mail> wanted = !step.remindable() ? List.of() : plan(step, stored.getOrDefault(
                    PreferencesStore.key(step.ownerEmail()), preferences.defaults(step.ownerEmail(), step.language())),
                    now);
            reminders.add(new MailQueue.StepReminders(step.reminderIds(), wanted));
            ids.put(step.id(), wanted.stream().map(Mail::id).toList());
        }
        queue.replanSteps(reminders);
        steps.planned(ids);
    }

    /** Replans every open step of a person, e.g. after they changed their offsets. */
    public void replanOwner(String email) {
        replanAll(steps.openOf(email));
    }

    List<Mail> plan(TrackedStep step, Preferences owner, Instant now) {
        if (!step.remindable()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        String language = owner.language() != null ? owner.language() : step.language();
        List<Mail> reminders = new ArrayList<>();
        for (int days : offsets(owner)) {
            LocalDate day = step.dueDate().minusDays(days);
            if (!day.isBefore(today)) {
                reminders.add(reminder(step, language, days == 0 ? ReminderKind.ON_THE_DAY : ReminderKind.BEFORE,
                        days, day, now));
            }
        }
        // the first recall on or after today: recall n falls n periods after the due date
        long period = periodDays();
        long late = ChronoUnit.DAYS.between(step.dueDate(), today);
        long recall = Math.max(1, -Math.floorDiv(-late, period));
        if (recall <= properties.overdueRecalls()) {
            int daysAfter = Math.toIntExact(recall * period);
            reminders.add(reminder(step, language, ReminderKind.OVERDUE, -daysAfter, step.dueDate().plusDays(daysAfter),
                    now));
        }
        return reminders;
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

    /**
     * The recall that follows an on-the-day or overdue reminder a period later, while the step is still
     * open with the same deadline and owner, until the deadline had its last recall.
     */
    public void planNextOverdue(Mail sent) {
        TrackedStep step = steps.get(sent.stepId());
        if (step == null || !step.remindable() || !sent.dueDate().equals(step.dueDate())
                || !sent.recipient().equals(step.ownerEmail())) {
            return;
        }
        long period = periodDays();
        long recall = sent.reminderKind() == ReminderKind.OVERDUE ? -sent.daysBefore() / period + 1 : 1;
        if (recall > properties.overdueRecalls()) {
            return;
        }
        int daysAfter = Math.toIntExact(recall * period);
        Mail next = reminder(step, sent.language(), ReminderKind.OVERDUE, -daysAfter, step.dueDate().plusDays(daysAfter),
                clock.instant());
        queue.add(next);
        List<String> ids = new ArrayList<>(step.reminderIds());
        ids.add(next.id());
        steps.planned(step.id(), ids);
    }

    private Mail reminder(TrackedStep step, String language, ReminderKind kind, int daysBefore, LocalDate day,
                          Instant now) {
        Instant sendAt = day.equals(LocalDate.ofInstant(now, properties.zone())) ? now
                : max(day.atTime(properties.sendAt()).atZone(properties.zone()).toInstant(), now);
        String id = "reminder|" + step.id() + "|" + step.dueDate() + "|" + kind + "|" + daysBefore + "|" + step.ownerEmail();
        return Mail.reminder(id, kind, new Mail.About(step.networkId(), step.initiativeId(), step.initiativeName(),
                step.id(), step.role(), step.plan(), step.title()), new Mail.To(step.ownerEmail(), step.ownerName(),
                language), step.dueDate(), daysBefore, sendAt);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
