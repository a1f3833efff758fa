package org.backboneplanner.worksheet.worksheet;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.problem.NotFoundException;

/** Reads a role key from a path; an unknown key is a resource that does not exist. */
public final class RoleKeys {

    private RoleKeys() {
    }

    public static BackboneRole parse(String key) {
        BackboneRole role = BackboneRole.fromKey(key);
        if (role == null) {
            throw new NotFoundException("No role " + key + "; the roles are "
                    + Arrays.stream(BackboneRole.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        return role;
    }
}
