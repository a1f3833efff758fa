package org.backboneplanner.support.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Who may see and change an initiative, as services other than worksheet-service learn it from its
 * events: its visibility and its members' parts. The rule is worksheet-service's own
 * ({@code InitiativeAccess}), applied the same way to pooled resources and the debrief: network
 * administrators see all; an initiative for its members only is unknown (404) to others; coordinators
 * and partners change, guests read.
 */
public record InitiativeAudience(String networkId, Visibility visibility, Map<String, InitiativeRole> members) {

    public InitiativeAudience {
        members = members == null ? Map.of() : members;
    }

    public boolean readableBy(Member member) {
        return member.administers(networkId) || visibility != Visibility.MEMBERS || members.containsKey(member.id());
    }

    public void requireReadableBy(Member member) {
        if (!readableBy(member)) {
            throw new NotFoundException("No such initiative in this network.");
        }
    }

    public void requireEditableBy(Member member, String why) {
        requireReadableBy(member);
        InitiativeRole role = members.get(member.id());
        if (!member.administers(networkId) && (role == null || !role.edits())) {
            throw new ForbiddenException(why);
        }
    }

    /**
     * Adds to a projection's update what an initiative event says about its audience (fields
     * {@code name}, {@code visibility}, {@code members.<memberId>}); other events add nothing. An event
     * that carries the audience whole replaces what was known, so a consumer that missed an earlier change
     * of access is right again from the next one.
     */
    public static void project(EventEnvelope event, Update update) {
        Audience audience = null;
        if (event.payload() instanceof InitiativeCreated created) {
            update.set("name", created.name()).set("visibility", created.visibility());
            audience = created.audience();
            if (audience == null) {
                update.set("members." + created.createdBy(), InitiativeRole.COORDINATOR);
            }
        } else if (event.payload() instanceof InitiativeDetailsChanged details) {
            update.set("name", details.name()).set("visibility", details.visibility());
            audience = details.audience();
        } else if (event.payload() instanceof MemberJoined joined) {
            audience = joined.audience();
            if (audience == null) {
                update.set("members." + joined.memberId(), joined.role());
            }
        } else if (event.payload() instanceof MemberRoleChanged changed) {
            audience = changed.audience();
            if (audience == null && changed.memberId() != null) {
                if (changed.role() == null) {
                    update.unset("members." + changed.memberId());
                } else {
                    update.set("members." + changed.memberId(), changed.role());
                }
            }
        }
        if (audience != null) {
            Map<String, InitiativeRole> members = new LinkedHashMap<>();
            audience.members().forEach(part -> members.put(part.memberId(), part.role()));
            update.set("visibility", audience.visibility()).set("members", members);
        }
    }
}
