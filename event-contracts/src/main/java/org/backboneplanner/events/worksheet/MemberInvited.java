package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** Someone was invited by email to take part in an initiative; notification-service mails the invitation. */
public record MemberInvited(String email, String name, InitiativeRole role, String language, String initiativeName,
                            String invitedByName) implements EventPayload {
}
