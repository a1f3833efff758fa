package org.backboneplanner.worksheet.domain;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;

/** Where a next step sits: under one of the six roles, or under a plan of step 2. */
public record StepPlace(BackboneRole role, PlanKind plan) {

    public static StepPlace of(BackboneRole role) {
        return new StepPlace(role, null);
    }

    public static StepPlace of(PlanKind plan) {
        return new StepPlace(null, plan);
    }
}
