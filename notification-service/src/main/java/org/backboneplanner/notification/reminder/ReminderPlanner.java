package org.backboneplanner.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailKind;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.mail.ReminderKind;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.step.TrackedStep;
import org.backboneplanner.notification.step.TrackedSteps;
import org.springframework.stereotype.Component;

/**
 * Decides which reminders a next step should have now: one at each of its owner's offsets before the
 * due date that is not already past, and the first overdue recall. Reminders go out at the configured
 * hour of their day; one whose day is today goes out at once, so a step planned with a close deadline
 * is recalled the same day rather than never. A step done, dropped, undated or without an owner's
 * address has none pending.
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
        if (!step.open() || step.dueDate() == null || step.ownerEmail() == null) {
            queue.cancelPending(step.reminderIds());
            steps.planned(step.id(), List.of());
            return;
        }
        List<Mail> wanted = plan(step, preferences.of(step.ownerEmail(), step.language()), clock.instant());
        queue.replanStep(step.reminderIds(), wanted);
        steps.planned(step.id(), wanted.stream().map(Mail::id).toList());
    }

    /** Replans every open step of a person, e.g. after they changed their offsets. */
    public void replanOwner(String email) {
        steps.openOf(email).forEach(this::replan);
    }

    List<Mail> plan(TrackedStep step, Preferences owner, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        String language = owner.language() != null ? owner.language() : step.language();
        List<Mail> reminders = new ArrayList<>();
        for (int days : new TreeSet<>(owner.offsetsDays()).descendingSet()) {
            LocalDate day = step.dueDate().minusDays(days);
            if (!day.isBefore(today)) {
                reminders.add(reminder(step, language, days == 0 ? ReminderKind.ON_THE_DAY : ReminderKind.BEFORE,
                        days, day, now));
            }
        }
        int period = (int) properties.overdueEvery().toDays();
        int overdueDays = period;
        while (step.dueDate().plusDays(overdueDays).isBefore(today)) {
            overdueDays += period;
        }
        reminders.add(reminder(step, language, ReminderKind.OVERDUE, -overdueDays, step.dueDate().plusDays(overdueDays),
                now));
        return reminders;
    }

    /**
     * The recall that follows an on-the-day or overdue reminder a period later, while the step is still
     * open with the same deadline and owner.
     */
    public void planNextOverdue(Mail sent) {
        TrackedStep step = steps.get(sent.stepId());
        if (step == null || !step.open() || !sent.dueDate().equals(step.dueDate())
                || !sent.recipient().equals(step.ownerEmail())) {
            return;
        }
        int period = (int) properties.overdueEvery().toDays();
        int daysAfter = sent.reminderKind() == ReminderKind.OVERDUE ? -sent.daysBefore() + period : period;
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
        return Mail.pending(id, MailKind.REMINDER, kind, step.networkId(), step.initiativeId(), step.initiativeName(),
                step.id(), step.role(), step.plan(), step.title(), step.ownerEmail(), step.ownerName(), language,
                step.dueDate(), daysBefore, null, null, sendAt);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
