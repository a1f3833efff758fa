package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/** The state of one role's row after a change: who carries it, its strengths and weaknesses. */
public record RoleUpdated(BackboneRole role, List<Carrier> carriers, List<String> strengths,
                          List<String> weaknesses) implements EventPayload {
}
