package org.backboneplanner.debrief.coverage;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Folds an initiative's events into one {@link InitiativeCoverage} document, each event once and in
 * order ({@link Projections#applyInOrder}). Every event of the initiative counts as a change. A removed next
 * step leaves the counts until it is restored.
 */
@Component
class CoverageProjection {

    private final MongoTemplate mongo;

    CoverageProjection(MongoTemplate mongo) {
        this.mongo = mongo;
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
        if (event.payload() instanceof InitiativeCreated) {
            update.set("createdAt", event.occurredAt());
        } else if (event.payload() instanceof RoleUpdated role) {
            update.set("roles." + role.role().name() + ".partners", count(role.carriers(), CarrierKind.PARTNER))
                    .set("roles." + role.role().name() + ".members", count(role.carriers(), CarrierKind.MEMBER))
                    .set("roles." + role.role().name() + ".toFind", count(role.carriers(), CarrierKind.TO_FIND));
        } else if (event.payload() instanceof RoleSharingUpdated sharing) {
            update.set("roles." + sharing.role().name() + ".shared", sharing.shared());
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
        return Projections.applyInOrder(mongo, mongo.getCollectionName(InitiativeCoverage.class), event, update);
    }

    private static long count(List<Carrier> carriers, CarrierKind kind) {
        return carriers.stream().filter(c -> c.kind() == kind).count();
    }

    private static void step(Update update, NextStepDetails step) {
        update.set("steps." + step.stepId(), new Document("role", step.role() == null ? null : step.role().name())
                .append("plan", step.plan() == null ? null : step.plan().name())
                .append("status", step.status().name())
                .append("dueDate", step.dueDate() == null ? null : step.dueDate().toString()));
    }
}
