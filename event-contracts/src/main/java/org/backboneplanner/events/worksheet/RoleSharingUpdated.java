package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/** Step 2 for one role: whether it is shared, and which key tasks go to which partners. */
public record RoleSharingUpdated(BackboneRole role, boolean shared, List<SharedTask> tasks, List<SharedTask> before)
        implements EventPayload {

    /** A key task of a role and the partners who take it on. */
    public record SharedTask(String task, List<String> partnerIds, List<String> partnerNames) {
    }
}
