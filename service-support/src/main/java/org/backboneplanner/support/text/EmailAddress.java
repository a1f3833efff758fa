package org.backboneplanner.support.text;

import java.util.Locale;

/**
 * An email address as the system compares and keeps it: without surrounding spaces, in lower case. Two
 * spellings of one address (a member's token, an invitation, a contact typed in a spreadsheet) are then
 * the same key for invitations, preferences and reminders.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        value = normalize(value);
    }

    /** The address as it is kept, or null for none. */
    public static String normalize(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether two spellings name the same address. */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }
}
