package org.backboneplanner.events.worksheet;

import java.time.LocalDate;

import org.backboneplanner.events.BackboneRole;

/**
 * A next step as the events carry it: its whole state, so a consumer applying it twice changes nothing.
 * It sits under a role, or (for a mature initiative) under its succession or sustainability plan.
 */
public record NextStepDetails(String stepId, BackboneRole role, PlanKind plan, String title, String description,
                              StepOwner owner, LocalDate dueDate, Horizon horizon, NextStepStatus status,
                              LocalDate doneDate) {
}
