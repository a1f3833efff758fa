package org.backboneplanner.worksheet.domain;

import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;

/**
 * Who may do what with an initiative. Network administrators see and manage every initiative of their
 * network. Otherwise: an initiative visible to the network is read by all its members, one visible to
 * members only is not even known to others (404); coordinators and partners edit, guests comment,
 * coordinators manage members and adopt versions.
 */
public enum InitiativeAccess {

    READ, COMMENT, EDIT, MANAGE;

    public void check(Initiative initiative, Member member) {
        if (member.administers(initiative.networkId())) {
            return;
        }
        InitiativeRole role = initiative.membershipOf(member).map(InitiativeMember::role).orElse(null);
        if (role == null && initiative.visibility() == Visibility.MEMBERS) {
            throw new NotFoundException("No initiative " + initiative.id() + " in this network.");
        }
        switch (this) {
            case READ -> { }
            case COMMENT -> require(role != null, "Only the initiative's members comment; ask a coordinator to invite you.");
            case EDIT -> require(role != null && role.edits(), role == InitiativeRole.GUEST
                    ? "Guests read and comment; they do not edit the worksheet."
                    : "Only the initiative's members edit its worksheet; ask a coordinator to invite you.");
            case MANAGE -> require(role == InitiativeRole.COORDINATOR,
                    "Only a coordinator (or a network administrator) may do this.");
        }
    }

    public boolean allows(Initiative initiative, Member member) {
        try {
            check(initiative, member);
            return true;
        } catch (NotFoundException | ForbiddenException e) {
            return false;
        }
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new ForbiddenException(why);
        }
    }
}
