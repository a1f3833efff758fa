package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/**
 * A next step was taken off its role or plan. It carries the step as it was, so reminders stop and counts
 * drop without a look-up; {@link NextStepRestored} may bring it back, with the same id, for a short while.
 */
public record NextStepRemoved(String initiativeName, NextStepDetails step) implements EventPayload {
}
