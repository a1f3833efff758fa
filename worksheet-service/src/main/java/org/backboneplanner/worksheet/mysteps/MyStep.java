package org.backboneplanner.worksheet.mysteps;

import java.time.LocalDate;
import java.util.Comparator;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.worksheet.worksheet.NextStepView;

import io.swagger.v3.oas.annotations.media.Schema;

/** An open next step the caller owns, with where it lives: what a home page lists. */
record MyStep(
        @Schema(description = "The network's id (its alias); /api/me gives its name") String networkId,
        String initiativeId, String initiativeName, BackboneRole role, PlanKind plan,
        @Schema(description = "The step's id") String id, String title, LocalDate dueDate, int dueYear,
        NextStepStatus status,
        @Schema(description = "Due before today in the network's calendar") boolean overdue,
        @Schema(description = "The step's ETag, for If-Match on a change") String etag,
        @Schema(description = "The step's path, to change it (PATCH) or remove it (DELETE)") String path) {

    /** Overdue first (the longest overdue first), then the soonest due; same day: by initiative, then title. */
    static final Comparator<MyStep> ORDER = Comparator.comparing(MyStep::overdue).reversed()
            .thenComparing(MyStep::dueDate).thenComparing(MyStep::initiativeName).thenComparing(MyStep::title);

    static MyStep of(String networkId, String initiativeId, String initiativeName, String placePath, NextStepView step) {
        return new MyStep(networkId, initiativeId, initiativeName, step.role(), step.plan(), step.id(), step.title(),
                step.dueDate(), step.dueYear(), step.status(), step.overdue(), step.etag(),
                "/api/networks/" + networkId + "/initiatives/" + initiativeId + "/worksheet/" + placePath
                        + "/next-steps/" + step.id());
    }
}
