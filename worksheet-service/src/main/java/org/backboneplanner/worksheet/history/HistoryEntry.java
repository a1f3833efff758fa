package org.backboneplanner.worksheet.history;

import java.time.Instant;
import java.util.Date;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.bson.Document;

import io.swagger.v3.oas.annotations.media.Schema;

/** One change of a worksheet, as the history answers it. */
record HistoryEntry(@Schema(description = "The change's event id") String id,
                    String initiativeId,
                    @Schema(description = "The change's place in the initiative's sequence of changes") long sequence,
                    @Schema(description = "What changed: the event's type, e.g. `RoleUpdated`") String type,
                    @Schema(description = "Who changed it: a member id") String actor,
                    String actorName,
                    Instant occurredAt,
                    @Schema(implementation = BackboneRole.class, description = "The role it changed, if one")
                    String role,
                    @Schema(implementation = PlanKind.class, description = "The plan it changed, if one") String plan,
                    @Schema(description = "The next step it changed, if one") String stepId,
                    @Schema(description = "What was there before, where the change replaced something") Object before,
                    @Schema(description = "The change as its event tells it") Object after) {

    static HistoryEntry of(Document stored) {
        return new HistoryEntry(stored.getString("_id"), stored.getString("initiativeId"),
                stored.get("sequence", Number.class).longValue(), stored.getString("type"), stored.getString("actor"),
                stored.getString("actorName"), stored.get("occurredAt", Date.class).toInstant(),
                stored.getString("role"), stored.getString("plan"), stored.getString("stepId"), stored.get("before"),
                stored.get("after"));
    }
}
