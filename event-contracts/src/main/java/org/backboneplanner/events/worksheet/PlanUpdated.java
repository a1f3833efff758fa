package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** The notes of a succession or sustainability plan changed. */
public record PlanUpdated(PlanKind plan, String notes, String before) implements EventPayload {
}
