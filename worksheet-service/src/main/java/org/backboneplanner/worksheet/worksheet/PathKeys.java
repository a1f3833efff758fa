package org.backboneplanner.worksheet.worksheet;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.worksheet.domain.StepPlace;

/** The worksheet's parts as paths name them; an unknown key is a resource that does not exist (404). */
public final class PathKeys {

    private PathKeys() {
    }

    public static BackboneRole role(String key) {
        BackboneRole role = BackboneRole.fromKey(key);
        if (role == null) {
            throw new NotFoundException("not-found.role", key,
                    Arrays.stream(BackboneRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return role;
    }

    public static PlanKind plan(String name) {
        try {
            return PlanKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not-found.plan", name);
        }
    }

    /** The path of a place under the worksheet, for links: {@code roles/POLICY} or {@code plans/SUCCESSION}. */
    public static String of(StepPlace place) {
        return place.role() != null ? "roles/" + place.role() : "plans/" + place.plan();
    }
}
