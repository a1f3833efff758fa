package org.backboneplanner.worksheet.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.problem.ConflictException;

/**
 * The moves a next step's status may make. Open steps (to do, in progress) move freely and close as done
 * or dropped; a closed step is reopened before it closes the other way, so "done" never turns into
 * "dropped" by a slip of the mouse. The API answers this table to the UI, which keeps no copy of it.
 */
public final class StatusMoves {

    private static final Map<NextStepStatus, Set<NextStepStatus>> MOVES = new EnumMap<>(NextStepStatus.class);

    static {
        MOVES.put(NextStepStatus.TODO, EnumSet.of(NextStepStatus.DOING, NextStepStatus.DONE, NextStepStatus.DROPPED));
        MOVES.put(NextStepStatus.DOING, EnumSet.of(NextStepStatus.TODO, NextStepStatus.DONE, NextStepStatus.DROPPED));
        MOVES.put(NextStepStatus.DONE, EnumSet.of(NextStepStatus.TODO, NextStepStatus.DOING));
        MOVES.put(NextStepStatus.DROPPED, EnumSet.of(NextStepStatus.TODO, NextStepStatus.DOING));
    }

    private StatusMoves() {
    }

    /** Where a step in {@code status} may move next, in the enum's order. */
    public static Set<NextStepStatus> from(NextStepStatus status) {
        return Collections.unmodifiableSet(EnumSet.copyOf(MOVES.get(status)));
    }

    /** The whole table, each status to its moves in the enum's order. */
    public static Map<NextStepStatus, Set<NextStepStatus>> all() {
        Map<NextStepStatus, Set<NextStepStatus>> table = new EnumMap<>(NextStepStatus.class);
        MOVES.forEach((status, moves) -> table.put(status, EnumSet.copyOf(moves)));
        return table;
    }

    static void require(NextStepStatus from, NextStepStatus to) {
        if (from != to && !MOVES.get(from).contains(to)) {
            throw new ConflictException("status-transition", "conflict.status-move", from, to, MOVES.get(from));
        }
    }
}
