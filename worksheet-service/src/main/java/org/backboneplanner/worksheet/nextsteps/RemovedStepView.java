package org.backboneplanner.worksheet.nextsteps;

import java.time.Duration;
import java.time.Instant;

import org.backboneplanner.worksheet.domain.RemovedStep;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.backboneplanner.worksheet.worksheet.StepCalendar;

import io.swagger.v3.oas.annotations.media.Schema;

/** A removed next step and what undoing its removal takes. */
record RemovedStepView(
        @Schema(description = "The step as it was removed; its `etag` goes in `If-Match` to restore it") NextStepView step,
        @Schema(description = "Where it stood in its role's or plan's order (0 first); a restore puts it back there")
        int position,
        @Schema(description = "Until when it can be restored") Instant restorableUntil,
        @Schema(description = "POST here, with `If-Match: <step.etag>`, to restore it") String restore) {

    static RemovedStepView of(String networkId, String initiativeId, StepPlace place, RemovedStep removed,
                              Duration window, StepCalendar calendar) {
        return new RemovedStepView(NextStepView.of(place, removed.step(), calendar), removed.position(),
                removed.restorableUntil(window), "/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/worksheet/" + PathKeys.of(place) + "/next-steps/" + removed.step().id() + "/restore");
    }
}
