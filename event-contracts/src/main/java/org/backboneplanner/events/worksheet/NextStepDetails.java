package org.backboneplanner.events.worksheet;

import java.time.LocalDate;

import org.backboneplanner.events.BackboneRole;

/** A next step as the events carry it: its whole state, so a consumer applying it twice changes nothing. */
public record NextStepDetails(String stepId, BackboneRole role, String title, StepOwner owner, LocalDate dueDate,
                       Horizon horizon, NextStepStatus status, LocalDate doneDate) {
}
