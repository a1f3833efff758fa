package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/**
 * An invited person logged in with the invited address and is now a member of the initiative;
 * {@code audience} is who may see it now.
 */
public record MemberJoined(String memberId, String email, String name, InitiativeRole role, Audience audience)
        implements EventPayload {

    public MemberJoined(String memberId, String email, String name, InitiativeRole role) {
        this(memberId, email, name, role, null);
    }
}
