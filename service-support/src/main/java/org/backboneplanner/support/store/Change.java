package org.backboneplanner.support.store;

import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.EventPayload;

/** What a change of an aggregate caused (events, possibly none) and what to answer the caller. */
public record Change<R>(List<? extends EventPayload> events, R value) {

    public Change {
        events = List.copyOf(events);
    }

    public static <R> Change<R> of(List<? extends EventPayload> events, R value) {
        return new Change<>(events, value);
    }

    /** A change that caused at most one event. */
    public static <R> Change<R> of(Optional<? extends EventPayload> event, R value) {
        return new Change<>(event.stream().toList(), value);
    }
}
