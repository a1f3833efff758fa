package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/**
 * The members put the next steps of a role (or of a plan) in a new order: {@code stepIds} is the whole
 * order after the change, {@code before} the order it replaced (each at most {@code Limits.STEPS} ids).
 */
public record NextStepsReordered(BackboneRole role, PlanKind plan, List<String> stepIds, List<String> before)
        implements EventPayload {
}
