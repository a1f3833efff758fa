package org.backboneplanner.worksheet.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A next step taken off its role or plan ({@code place}), kept for a short while so it can be restored where it
 * was ({@code position} in the order) with its id, and so its history and comments still lead to it.
 */
public record RemovedStep(NextStep step, StepPlace place, int position, Instant removedAt) {

    /** Whether it may still be restored at {@code now}. */
    public boolean restorable(Instant now, Duration window) {
        return now.isBefore(restorableUntil(window));
    }

    public Instant restorableUntil(Duration window) {
        return removedAt.plus(window);
    }
}
