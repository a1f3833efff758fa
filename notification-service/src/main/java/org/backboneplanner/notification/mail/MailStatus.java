package org.backboneplanner.notification.mail;

/**
 * PENDING until its time; SENDING while one instance holds it; then SENT, FAILED after the last
 * attempt, or SKIPPED when its recipient paused or unsubscribed meanwhile, or an invitation went over the
 * address's limit.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED, SKIPPED
}
