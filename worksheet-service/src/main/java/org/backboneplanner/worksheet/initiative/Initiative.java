package org.backboneplanner.worksheet.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.worksheet.nextstep.NextStep;
import org.backboneplanner.worksheet.nextstep.NextStepChange;
import org.backboneplanner.worksheet.worksheet.RoleRow;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collective impact initiative of one network, with its worksheet. It is the aggregate every
 * worksheet write goes through: one document, so a change and the events it causes are stored in one
 * atomic write (see {@code OutboxStore}). Methods that change it return the events they cause.
 */
@Document("initiatives")
public class Initiative {

    @Id
    private final String id;
    @Indexed
    private final String networkId;
    private final String name;
    private final String description;
    private final String createdBy;
    private final Instant createdAt;
    private final List<RoleRow> roles;
    /** The sequence number of the last event this initiative caused. */
    private long eventSequence;
    /** Moves with every stored change; writes are conditional on it. */
    private final long revision;

    @PersistenceCreator
    Initiative(String id, String networkId, String name, String description, String createdBy, Instant createdAt,
               List<RoleRow> roles, long eventSequence, long revision) {
        this.id = id;
        this.networkId = networkId;
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.roles = new ArrayList<>(roles);
        this.eventSequence = eventSequence;
        this.revision = revision;
    }

    /** Opens an initiative with its worksheet: the six roles, empty, in the seed's order. */
    public static Initiative open(String id, String networkId, String name, String description, String createdBy,
                           Instant now) {
        return new Initiative(id, networkId, name, description, createdBy, now, RoleRow.emptyWorksheet(), 0, 0);
    }

    public InitiativeCreated created() {
        return new InitiativeCreated(name, description, createdBy);
    }

    public RoleRow role(BackboneRole role) {
        return roles.stream().filter(row -> row.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("worksheet without role " + role));
    }

    public NextStepScheduled schedule(BackboneRole role, NextStep step) {
        role(role).add(step);
        return new NextStepScheduled(name, step.details(role));
    }

    public Optional<NextStepUpdated> change(BackboneRole role, String stepId, NextStepChange change, LocalDate today) {
        NextStep step = role(role).nextStep(stepId)
                .orElseThrow(() -> new NotFoundException("No next step " + stepId + " under " + role + "."));
        Set<String> changed = step.change(change, today);
        return changed.isEmpty() ? Optional.empty() : Optional.of(new NextStepUpdated(name, step.details(role), changed));
    }

    /** Wraps the events of one change in envelopes, numbering them after the last one. */
    public List<EventEnvelope> envelopes(List<? extends EventPayload> payloads, String actor, Instant now) {
        List<EventEnvelope> events = new ArrayList<>();
        for (EventPayload payload : payloads) {
            events.add(EventEnvelope.of(networkId, id, id, ++eventSequence, now, actor, payload));
        }
        return events;
    }

    public String id() {
        return id;
    }

    public String networkId() {
        return networkId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<RoleRow> roles() {
        return List.copyOf(roles);
    }

    public long revision() {
        return revision;
    }
}
