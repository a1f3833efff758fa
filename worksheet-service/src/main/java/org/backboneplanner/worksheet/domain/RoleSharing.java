package org.backboneplanner.worksheet.domain;

import java.util.List;

import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;

/** Step 2 for one role: whether the role is shared, and which key tasks which partners take on. */
public record RoleSharing(boolean shared, List<SharedTask> tasks) {

    public RoleSharing {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public static RoleSharing none() {
        return new RoleSharing(false, List.of());
    }
}
