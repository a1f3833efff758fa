package org.backboneplanner.events.partner;

/**
 * Someone to reach at a partner organization, as other services may use them: a next step's owner is
 * one of these, so reminders go only to an address the directory vouches for.
 */
public record PartnerContact(String name, String email, String language) {
}
