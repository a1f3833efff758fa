package org.backboneplanner.worksheet.domain;

import java.time.LocalDate;

import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;

/** What to change on a next step; a null field stays as it is. */
public record NextStepChange(String title, String description, StepOwner owner, LocalDate dueDate,
                             Horizon horizon, NextStepStatus status) {
}
