package org.backboneplanner.notification.reminder;

/** PENDING until its time; SENDING while one instance holds it; then SENT, or FAILED after the last attempt. */
public enum ReminderStatus {
    PENDING, SENDING, SENT, FAILED
}
