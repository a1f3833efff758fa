package org.backboneplanner.worksheet.worksheet;

import java.time.LocalDate;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.StepPlace;

/** A next step as the API shows it; send {@code etag} back in {@code If-Match} to change it. */
public record NextStepView(String id, BackboneRole role, PlanKind plan, String title, String description,
                           StepOwner owner, LocalDate dueDate, Horizon horizon, NextStepStatus status,
                           LocalDate doneDate, String etag) {

    public static NextStepView of(StepPlace place, NextStep step) {
        return new NextStepView(step.id(), place.role(), place.plan(), step.title(), step.description(), step.owner(),
                step.dueDate(), step.horizon(), step.status(), step.doneDate(), etag(step));
    }

    public static String etag(NextStep step) {
        return Etags.of("s" + step.version());
    }
}
