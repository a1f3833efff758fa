package org.backboneplanner.worksheet.domain;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.support.problem.NotFoundException;

/** Where a next step sits: under one of the six roles, or under a plan of step 2. */
public record StepPlace(BackboneRole role, PlanKind plan) {

    public static StepPlace of(BackboneRole role) {
        return new StepPlace(role, null);
    }

    public static StepPlace of(PlanKind plan) {
        return new StepPlace(null, plan);
    }

    /** A plan named in a path; an unknown one is a resource that does not exist. */
    public static PlanKind plan(String name) {
        try {
            return PlanKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No plan " + name + "; the plans are SUCCESSION and SUSTAINABILITY.");
        }
    }

    /** The path segment under the worksheet, for links. */
    public String path() {
        return role != null ? "roles/" + role : "plans/" + plan;
    }
}
