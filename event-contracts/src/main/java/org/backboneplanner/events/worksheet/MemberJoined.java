package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** An invited person logged in with the invited address and is now a member of the initiative. */
public record MemberJoined(String memberId, String email, String name, InitiativeRole role) implements EventPayload {
}
