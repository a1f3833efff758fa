package org.backboneplanner.worksheet.domain;

import java.time.Instant;

import org.backboneplanner.events.worksheet.InitiativeRole;

/**
 * A person taking part in an initiative. An invitation is a member without {@code memberId} yet: it
 * becomes active when someone logs in with the invited address.
 */
public record InitiativeMember(String id, String memberId, String email, String name, InitiativeRole role,
                               Status status, String language, String invitedBy, Instant invitedAt,
                               Instant joinedAt) {

    public enum Status {
        INVITED, ACTIVE
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public InitiativeMember withRole(InitiativeRole newRole) {
        return new InitiativeMember(id, memberId, email, name, newRole, status, language, invitedBy, invitedAt, joinedAt);
    }

    public InitiativeMember joined(String newMemberId, String newName, Instant now) {
        return new InitiativeMember(id, newMemberId, email, newName != null ? newName : name, role, Status.ACTIVE,
                language, invitedBy, invitedAt, now);
    }
}
