package org.backboneplanner.debrief.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the debrief knows of one initiative, built from its events: who may see it (visibility and
 * members, the same rule as its worksheet); for each role, how many carriers of each kind, whether it
 * is shared and how many pooling intentions name it; each next step's place, status and due date; how
 * many changes so far.
 */
@Document("initiative_coverage")
public record InitiativeCoverage(
        @Id String id,
        @Indexed String networkId,
        String name,
        Visibility visibility,
        Map<String, InitiativeRole> members,
        Instant createdAt,
        Instant lastChangeAt,
        long changes,
        long sequence,
        Map<String, Carriers> roles,
        Map<String, Integer> pooling,
        Map<String, Step> steps) {

    public InitiativeCoverage {
        members = members == null ? Map.of() : members;
        roles = roles == null ? Map.of() : roles;
        pooling = pooling == null ? Map.of() : pooling;
        steps = steps == null ? Map.of() : steps;
    }

    public Carriers carriers(BackboneRole role) {
        return roles.getOrDefault(role.name(), new Carriers(0L, 0L, 0L, false));
    }

    public int poolingIntentions(BackboneRole role) {
        return pooling.getOrDefault(role.name(), 0);
    }

    public Audience audience() {
        return AudienceProjection.of(visibility, members);
    }

    /** 404 unless the member may read the initiative's worksheet. */
    public void requireReadableBy(Member member) {
        AudienceProjection.requireReadableBy(audience(), networkId, member);
    }

    public boolean readableBy(Member member) {
        return audience().readableBy(member.id(), member.administers(networkId));
    }

    /** Coordinators, partners and the network's administrators answer the debrief questions. */
    public void requireEditableBy(Member member) {
        AudienceProjection.requireEditableBy(audience(), networkId, member,
                "forbidden.debrief");
    }

    /**
     * How many carriers of each kind a role has, and whether it is shared; a placeholder "to find" does
     * not cover it. Parts not heard of yet are absent (boxed), read as none.
     */
    public record Carriers(Long partners, Long members, Long toFind, Boolean shared) {

        public Carriers {
            partners = partners == null ? 0 : partners;
            members = members == null ? 0 : members;
            toFind = toFind == null ? 0 : toFind;
            shared = shared != null && shared;
        }

        public boolean covered() {
            return partners + members > 0;
        }
    }

    /** A next step as far as analytics care: under a role, or under a plan ({@code role} null). */
    public record Step(String role, String plan, NextStepStatus status, LocalDate dueDate) {

        public boolean open() {
            return status != null && status.isOpen();
        }

        public boolean overdue(LocalDate today) {
            return open() && dueDate != null && dueDate.isBefore(today);
        }
    }
}
