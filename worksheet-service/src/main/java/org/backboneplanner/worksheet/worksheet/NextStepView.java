package org.backboneplanner.worksheet.worksheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.StatusMoves;
import org.backboneplanner.worksheet.domain.StepPlace;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A next step as the API shows it; send {@code etag} back in {@code If-Match} to change, remove or restore it.
 * It carries what a timeline needs (its role or plan, due date and year) and what the UI would otherwise have
 * to work out with copies of the server's rules (overdue, the statuses it may move to, warnings).
 */
public record NextStepView(String id, BackboneRole role, PlanKind plan, String title, String description,
                           StepOwner owner, LocalDate dueDate,
                           @Schema(description = "The due date's year, for a timeline over the horizon's years")
                           int dueYear,
                           Horizon horizon, NextStepStatus status, LocalDate doneDate,
                           @Schema(description = "Open (TODO or DOING) and due before today in the network's calendar")
                           boolean overdue,
                           @Schema(description = "The statuses this step may move to next")
                           Set<NextStepStatus> nextStatuses,
                           @Schema(description = "What to tell about this step though it was accepted, e.g. a due "
                                   + "date outside the horizon") List<StepWarning> warnings,
                           String etag) {

    public static NextStepView of(StepPlace place, NextStep step, StepCalendar calendar) {
        LocalDate due = step.dueDate();
        boolean overdue = step.status().isOpen() && due.isBefore(calendar.today());
        List<StepWarning> warnings = calendar.horizon().withinHorizon(due) ? List.of()
                : List.of(new StepWarning(StepWarning.OUTSIDE_HORIZON, calendar.horizon().startYear(),
                calendar.horizon().endYear()));
        return new NextStepView(step.id(), place.role(), place.plan(), step.title(), step.description(), step.owner(),
                due, due.getYear(), step.horizon(), step.status(), step.doneDate(), overdue,
                StatusMoves.from(step.status()), warnings, etag(step));
    }

    public static String etag(NextStep step) {
        return Etags.of("s" + step.version());
    }
}
