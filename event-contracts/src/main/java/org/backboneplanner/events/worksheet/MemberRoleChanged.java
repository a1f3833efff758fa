package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/**
 * A member's part in an initiative changed; {@code role} null means they were removed. {@code audience}
 * is who may see the initiative now.
 */
public record MemberRoleChanged(String memberId, String email, InitiativeRole before, InitiativeRole role,
                                Audience audience) implements EventPayload {

    public MemberRoleChanged(String memberId, String email, InitiativeRole before, InitiativeRole role) {
        this(memberId, email, before, role, null);
    }
}
