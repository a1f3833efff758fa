package org.backboneplanner.notification.mail;

/** What a mail is about. */
public enum MailKind {
    /** A next step's deadline is near, today, or past. */
    REMINDER,
    /** The weekly digest of a member's open steps. */
    DIGEST,
    /** An invitation to take part in an initiative. */
    INVITATION,
    /** A member was mentioned in a comment. */
    MENTION
}
