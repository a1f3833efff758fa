package org.backboneplanner.support.consumption;

import java.util.LinkedHashMap;
import java.util.List;
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
 * How services other than worksheet-service keep an initiative's {@link Audience} (fields {@code name},
 * {@code visibility}, {@code members.<memberId>}) from its events, and answer by its rule: 404 to whoever
 * may not read it, as for an initiative that does not exist, and 403 to whoever may read but not change.
 */
public final class AudienceProjection {

    private AudienceProjection() {
    }

    /**
     * Adds to a projection's update what an initiative event says about its audience; other events add
     * nothing. An event that carries the audience whole replaces what was known.
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

    /** The audience a projection stored. */
    public static Audience of(Visibility visibility, Map<String, InitiativeRole> members) {
        List<Audience.Part> parts = members == null ? List.of()
                : members.entrySet().stream().map(e -> new Audience.Part(e.getKey(), e.getValue())).toList();
        return new Audience(visibility, parts);
    }

    public static void requireReadableBy(Audience audience, String networkId, Member member) {
        if (!audience.readableBy(member.id(), member.administers(networkId))) {
            throw new NotFoundException("not-found.initiative.projected");
        }
    }

    /** @param why the key of the sentence that says who may edit */
    public static void requireEditableBy(Audience audience, String networkId, Member member, String why) {
        requireReadableBy(audience, networkId, member);
        if (!audience.editableBy(member.id(), member.administers(networkId))) {
            throw new ForbiddenException(why);
        }
    }
}
