package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** A next step was added under a role. */
public record NextStepScheduled(String initiativeName, NextStepDetails step) implements EventPayload {
}
