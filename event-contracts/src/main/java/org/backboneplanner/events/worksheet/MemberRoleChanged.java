package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** A member's part in an initiative changed; {@code role} null means they were removed. */
public record MemberRoleChanged(String memberId, String email, InitiativeRole before, InitiativeRole role)
        implements EventPayload {
}
