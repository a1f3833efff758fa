package org.backboneplanner.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Decides which reminders a next step should have now: one at each offset before its due date that
 * is not already past, and the first overdue recall. Reminders go out at the configured hour of their
 * day; one whose day is today goes out at once, so a step planned with a close deadline is recalled
 * the same day rather than never. A step that is done, dropped, undated or without an owner's email
 * has none.
 */
@Component
public class ReminderPlanner {

    private final NotificationProperties properties;

    ReminderPlanner(NotificationProperties properties) {
        this.properties = properties;
    }

    public List<Reminder> plan(EventEnvelope event, String initiativeName, NextStepDetails step, Instant now) {
        if (!step.status().isOpen() || step.dueDate() == null || step.owner() == null
                || step.owner().email() == null || step.owner().email().isBlank()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        List<Reminder> reminders = new ArrayList<>();
        for (int days : new TreeSet<>(properties.offsetsDays()).descendingSet()) {
            LocalDate day = step.dueDate().minusDays(days);
            if (!day.isBefore(today)) {
                ReminderKind kind = days == 0 ? ReminderKind.ON_THE_DAY : ReminderKind.BEFORE;
                reminders.add(reminder(event, initiativeName, step, kind, days, day, now));
            }
        }
        int overdueDays = (int) properties.overdueEvery().toDays();
        while (step.dueDate().plusDays(overdueDays).isBefore(today)) {
            overdueDays += (int) properties.overdueEvery().toDays();
        }
        reminders.add(reminder(event, initiativeName, step, ReminderKind.OVERDUE, -overdueDays,
                step.dueDate().plusDays(overdueDays), now));
        return reminders;
    }

    /** The recall that follows an overdue (or on-the-day) one, a period later. */
    public Reminder nextOverdue(Reminder sent, Instant now) {
        int period = (int) properties.overdueEvery().toDays();
        int daysAfter = sent.kind() == ReminderKind.OVERDUE ? -sent.daysBefore() + period : period;
        LocalDate day = sent.dueDate().plusDays(daysAfter);
        Instant sendAt = max(day.atTime(properties.sendAt()).atZone(properties.zone()).toInstant(), now);
        return new Reminder(Reminder.idOf(sent.stepId(), sent.dueDate(), ReminderKind.OVERDUE, -daysAfter,
                sent.ownerEmail()), sent.stepId(), sent.networkId(), sent.initiativeId(), sent.initiativeName(),
                sent.role(), sent.title(), sent.ownerName(), sent.ownerEmail(), sent.language(), sent.dueDate(),
                ReminderKind.OVERDUE, -daysAfter, sendAt, ReminderStatus.PENDING, 0, null, null, null, null);
    }

    private Reminder reminder(EventEnvelope event, String initiativeName, NextStepDetails step, ReminderKind kind,
                              int daysBefore, LocalDate day, Instant now) {
        Instant sendAt = day.equals(LocalDate.ofInstant(now, properties.zone())) ? now
                : max(day.atTime(properties.sendAt()).atZone(properties.zone()).toInstant(), now);
        return new Reminder(Reminder.idOf(step.stepId(), step.dueDate(), kind, daysBefore, step.owner().email()),
                step.stepId(), event.networkId(), event.initiativeId(), initiativeName, step.role(), step.title(),
                step.owner().name(), step.owner().email(), language(step.owner().language()), step.dueDate(), kind,
                daysBefore, sendAt, ReminderStatus.PENDING, 0, null, null, null, null);
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "fr";
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
