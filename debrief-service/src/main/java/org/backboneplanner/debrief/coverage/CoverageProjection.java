package org.backboneplanner.debrief.coverage;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Folds an initiative's events into one {@link InitiativeCoverage} document, each event once and in
 * order ({@link Projections#applyInOrder}). Every event of the initiative counts as a change. A removed next
 * step leaves the counts until it is restored. An adopted version keeps a snapshot of the document as it
 * stands (before the adoption, which changes nothing in it).
 */
@Component
class CoverageProjection {

    private final MongoTemplate mongo;
    private final WorksheetSnapshots snapshots;

    CoverageProjection(MongoTemplate mongo, WorksheetSnapshots snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    /** @return false when the event was already applied, or is not the initiative's own */
    boolean apply(EventEnvelope event) {
        if (!event.aggregateId().equals(event.initiativeId())) {
            return false; // a comment or another aggregate of the initiative
        }
        Update update = new Update()
                .set("networkId", event.networkId())
                .set("lastChangeAt", event.occurredAt())
                .inc("changes", 1);
        AudienceProjection.project(event, update);
        if (event.payload() instanceof InitiativeCreated created) {
            update.set("createdAt", event.occurredAt()).set("maturity", created.maturity())
                    .set("startYear", created.startYear()).set("endYear", created.endYear());
        } else if (event.payload() instanceof InitiativeDetailsChanged details) {
            update.set("maturity", details.maturity()).set("startYear", details.startYear())
                    .set("endYear", details.endYear());
        } else if (event.payload() instanceof RoleUpdated role) {
            String row = "roles." + role.role().name();
            update.set(row + ".partners", count(role.carriers(), CarrierKind.PARTNER))
                    .set(row + ".members", count(role.carriers(), CarrierKind.MEMBER))
                    .set(row + ".toFind", count(role.carriers(), CarrierKind.TO_FIND))
                    .set(row + ".carriers", role.carriers().stream().map(CoverageProjection::carrier).toList())
                    .set(row + ".strengths", role.strengths() == null ? List.of() : role.strengths())
                    .set(row + ".weaknesses", role.weaknesses() == null ? List.of() : role.weaknesses());
        } else if (event.payload() instanceof RoleSharingUpdated sharing) {
            update.set("roles." + sharing.role().name() + ".shared", sharing.shared())
                    .set("roles." + sharing.role().name() + ".tasks", sharing.tasks() == null ? List.of()
                            : sharing.tasks().stream().map(t -> new Document("task", t.task())
                                    .append("partnerIds", t.partnerIds()).append("partnerNames", t.partnerNames()))
                                    .toList());
        } else if (event.payload() instanceof PlanUpdated plan) {
            update.set("plans." + plan.plan().name(), plan.notes());
        } else if (event.payload() instanceof PoolingIntentionsUpdated pooling) {
            for (BackboneRole role : BackboneRole.values()) {
                update.set("pooling." + role.name(),
                        pooling.intentions().stream().filter(i -> i.roles().contains(role)).count());
            }
        } else if (event.payload() instanceof NextStepScheduled scheduled) {
            step(update, scheduled.step());
        } else if (event.payload() instanceof NextStepUpdated updated) {
            step(update, updated.step());
        } else if (event.payload() instanceof NextStepRemoved removed) {
            update.unset("steps." + removed.step().stepId());
        } else if (event.payload() instanceof NextStepRestored restored) {
            step(update, restored.step());
        }
        if (event.payload() instanceof WorksheetVersionAdopted adopted) {
            snapshots.keep(event, adopted);
        }
        return Projections.applyInOrder(mongo, mongo.getCollectionName(InitiativeCoverage.class), event, update);
    }

    private static long count(List<Carrier> carriers, CarrierKind kind) {
        return carriers.stream().filter(c -> c.kind() == kind).count();
    }

    private static Document carrier(Carrier carrier) {
        return new Document("kind", carrier.kind().name())
                .append("carrierId", carrier.kind() == CarrierKind.MEMBER ? carrier.memberId() : carrier.partnerId())
                .append("name", carrier.name());
    }

    private static void step(Update update, NextStepDetails step) {
        update.set("steps." + step.stepId(), new Document("role", step.role() == null ? null : step.role().name())
                .append("plan", step.plan() == null ? null : step.plan().name())
                .append("status", step.status().name())
                .append("dueDate", step.dueDate() == null ? null : step.dueDate().toString())
                .append("horizon", step.horizon() == null ? null : step.horizon().name()));
    }
}
