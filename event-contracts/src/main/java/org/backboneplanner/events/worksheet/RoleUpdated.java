package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/**
 * The state of one role's row after a change: who carries it, its strengths and weaknesses; and the
 * row as it was before, for the history.
 */
public record RoleUpdated(BackboneRole role, List<Carrier> carriers, List<String> strengths,
                          List<String> weaknesses, Row before) implements EventPayload {

    /** A row's who / strengths / weaknesses. */
    public record Row(List<Carrier> carriers, List<String> strengths, List<String> weaknesses) {
    }
}
