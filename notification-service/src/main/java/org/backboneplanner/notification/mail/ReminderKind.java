package org.backboneplanner.notification.mail;

/** Before the due date, on the day, or a recall while the step is overdue and still open. */
public enum ReminderKind {
    BEFORE, ON_THE_DAY, OVERDUE
}
