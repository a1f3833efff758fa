package org.backboneplanner.debrief.coverage;

import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.bson.Document;
import org.backboneplanner.support.consumption.Projections;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Folds worksheet events into one {@link InitiativeCoverage} document per initiative, each event once
 * and in order ({@link Projections#applyInOrder}).
 */
@Component
class CoverageProjection {

    private final MongoTemplate mongo;

    CoverageProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when the event was already applied */
    boolean apply(EventEnvelope event) {
        Update update = new Update()
                .set("networkId", event.networkId())
                .set("lastChangeAt", event.occurredAt())
                .inc("changes", 1);
        if (event.payload() instanceof InitiativeCreated created) {
            update.set("name", created.name()).set("createdAt", event.occurredAt());
        } else if (event.payload() instanceof RoleUpdated role) {
            update.set("roles." + role.role().name(), carriers(role.carriers()));
        } else if (event.payload() instanceof NextStepScheduled scheduled) {
            step(update, scheduled.step());
        } else if (event.payload() instanceof NextStepUpdated updated) {
            step(update, updated.step());
        } else {
            return false;
        }
        return Projections.applyInOrder(mongo, mongo.getCollectionName(InitiativeCoverage.class), event, update);
    }

    private static Document carriers(List<Carrier> carriers) {
        return new Document("partners", count(carriers, CarrierKind.PARTNER))
                .append("members", count(carriers, CarrierKind.MEMBER))
                .append("toFind", count(carriers, CarrierKind.TO_FIND));
    }

    private static long count(List<Carrier> carriers, CarrierKind kind) {
        return carriers.stream().filter(c -> c.kind() == kind).count();
    }

    private static void step(Update update, NextStepDetails step) {
        update.set("steps." + step.stepId(), new Document("role", step.role().name())
                .append("status", step.status().name())
                .append("dueDate", step.dueDate() == null ? null : step.dueDate().toString()));
    }

}
