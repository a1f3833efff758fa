package org.backboneplanner.worksheet.domain;

import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;

/**
 * Who may do what with an initiative. Reading and editing follow the {@link Audience}'s rule, the one its
 * events carry to the other services: network administrators see and change everything of their network;
 * an initiative visible to its members only is not even known to others (404); coordinators and partners
 * edit. Beyond it: members (guests too) comment, coordinators manage members and adopt versions.
 */
public enum InitiativeAccess {

    READ, COMMENT, EDIT, MANAGE;

    public void check(Initiative initiative, Member member) {
        boolean administrator = member.administers(initiative.networkId());
        Audience audience = initiative.audience();
        if (!audience.readableBy(member.id(), administrator)) {
            throw new NotFoundException("not-found.initiative", initiative.id());
        }
        if (administrator) {
            return;
        }
        InitiativeRole role = audience.roleOf(member.id());
        switch (this) {
            case READ -> { }
            case COMMENT -> require(role != null, "forbidden.comment");
            case EDIT -> require(audience.editableBy(member.id(), false), role == InitiativeRole.GUEST
                    ? "forbidden.edit.guest" : "forbidden.edit.outsider");
            case MANAGE -> require(role == InitiativeRole.COORDINATOR, "forbidden.manage");
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

    /** @param why the key of the sentence that says who may */
    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new ForbiddenException(why);
        }
    }
}
