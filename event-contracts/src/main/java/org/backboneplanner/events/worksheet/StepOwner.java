package org.backboneplanner.events.worksheet;

/**
 * Who answers for a next step: a member ({@code memberId}) or a partner's contact ({@code partnerId}).
 * The email and language travel with the event so reminders need no look-up in another service.
 */
public record StepOwner(String memberId, String partnerId, String name, String email, String language) {
}
