package org.backboneplanner.events;

/**
 * The body of an event. Its type name on the wire is the record's simple name, so a consumer reads
 * the {@code type} field and never needs the producer's classes beyond this module.
 */
public interface EventPayload {

    default String type() {
        return getClass().getSimpleName();
    }
}
