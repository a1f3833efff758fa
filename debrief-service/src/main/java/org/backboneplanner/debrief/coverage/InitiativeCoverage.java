package org.backboneplanner.debrief.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.backboneplanner.debrief.analytics.Worksheet;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the debrief knows of one initiative, built from its events: who may see it (visibility and
 * members, the same rule as its worksheet); its maturity and planning horizon; for each role its
 * carriers (and how many of each kind), strengths, weaknesses, whether it is shared and with whom, and
 * how many pooling intentions name it; the notes of a mature initiative's plans; each next step's place,
 * status, due date and horizon; how many changes so far.
 */
@Document("initiative_coverage")
public record InitiativeCoverage(
        @Id String id,
        @Indexed String networkId,
        String name,
        Visibility visibility,
        Maturity maturity,
        Integer startYear,
        Integer endYear,
        Map<String, InitiativeRole> members,
        Instant createdAt,
        Instant lastChangeAt,
        long changes,
        long sequence,
        Map<String, Carriers> roles,
        Map<String, Integer> pooling,
        Map<String, String> plans,
        Map<String, Step> steps) {

    public InitiativeCoverage {
        members = members == null ? Map.of() : members;
        roles = roles == null ? Map.of() : roles;
        pooling = pooling == null ? Map.of() : pooling;
        plans = plans == null ? Map.of() : plans;
        steps = steps == null ? Map.of() : steps;
    }

    public Carriers carriers(BackboneRole role) {
        return roles.getOrDefault(role.name(), new Carriers(0L, 0L, 0L, false, null, null, null, null));
    }

    public int poolingIntentions(BackboneRole role) {
        return pooling.getOrDefault(role.name(), 0);
    }

    /** The worksheet as the analytics read it, with the resources pooled for the initiative. */
    public Worksheet worksheet(List<Worksheet.Resource> resources) {
        Map<BackboneRole, Worksheet.Row> rows = new EnumMap<>(BackboneRole.class);
        for (BackboneRole role : BackboneRole.values()) {
            Carriers row = carriers(role);
            rows.put(role, new Worksheet.Row(
                    row.carriers().stream().map(c -> new Worksheet.Carrier(c.kind(), c.carrierId(), c.name())).toList(),
                    row.strengths(), row.weaknesses(), row.shared(),
                    row.tasks().stream().map(t -> new Worksheet.SharedTask(t.task(), t.partnerIds(), t.partnerNames()))
                            .toList()));
        }
        Map<PlanKind, String> planNotes = new EnumMap<>(PlanKind.class);
        plans.forEach((plan, notes) -> planNotes.put(PlanKind.valueOf(plan), notes));
        List<Worksheet.Step> stepList = steps.entrySet().stream().map(e -> new Worksheet.Step(e.getKey(),
                BackboneRole.fromKey(e.getValue().role()), e.getValue().plan() == null ? null
                : PlanKind.valueOf(e.getValue().plan()), e.getValue().status(), e.getValue().dueDate(),
                e.getValue().horizon())).toList();
        return new Worksheet(name, maturity, startYear == null ? 0 : startYear, endYear == null ? 0 : endYear, rows,
                stepList, planNotes, resources);
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
     * A role's row: its carriers and how many of each kind, its strengths and weaknesses, whether it is
     * shared and the key tasks partners take on; a placeholder "to find" does not cover it. Parts not heard
     * of yet are absent (boxed), read as none.
     */
    public record Carriers(Long partners, Long members, Long toFind, Boolean shared, List<Carrier> carriers,
                           List<String> strengths, List<String> weaknesses, List<Task> tasks) {

        public Carriers {
            partners = partners == null ? 0 : partners;
            members = members == null ? 0 : members;
            toFind = toFind == null ? 0 : toFind;
            shared = shared != null && shared;
            carriers = carriers == null ? List.of() : carriers;
            strengths = strengths == null ? List.of() : strengths;
            weaknesses = weaknesses == null ? List.of() : weaknesses;
            tasks = tasks == null ? List.of() : tasks;
        }

        public boolean covered() {
            return partners + members > 0;
        }
    }

    /**
     * One who carries a role: a partner ({@code carrierId} its partner id), a member (their member id), or a
     * placeholder to find. Not {@code id}: Spring Data would read that as the {@code _id} of a nested document.
     */
    public record Carrier(CarrierKind kind, String carrierId, String name) {
    }

    /** A key task of a shared role and the partners who take it on. */
    public record Task(String task, List<String> partnerIds, List<String> partnerNames) {
    }

    /** A next step as far as analytics care: under a role, or under a plan ({@code role} null). */
    public record Step(String role, String plan, NextStepStatus status, LocalDate dueDate, Horizon horizon) {

        public boolean open() {
            return status != null && status.isOpen();
        }

        public boolean overdue(LocalDate today) {
            return open() && dueDate != null && dueDate.isBefore(today);
        }
    }
}
