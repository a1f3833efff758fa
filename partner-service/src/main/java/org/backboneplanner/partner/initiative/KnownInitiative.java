package org.backboneplanner.partner.initiative;

import java.util.Map;

import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An initiative as worksheet-service announced it: enough to know it belongs to a network, who may
 * see its pooled resources (the same rule as its worksheet), and who may pool resources for it.
 */
@Document("known_initiatives")
public record KnownInitiative(@Id String id, String networkId, String name, Visibility visibility,
                              Map<String, InitiativeRole> members, long sequence) {

    public KnownInitiative {
        members = members == null ? Map.of() : members;
    }

    public Audience audience() {
        return AudienceProjection.of(visibility, members);
    }

    /** 404 unless the member may read the initiative. */
    public void requireReadableBy(Member member) {
        AudienceProjection.requireReadableBy(audience(), networkId, member);
    }

    /** Coordinators, partners of the initiative and the network's administrators pool resources for it. */
    public void requireEditableBy(Member member) {
        AudienceProjection.requireEditableBy(audience(), networkId, member,
                "forbidden.pool");
    }
}
