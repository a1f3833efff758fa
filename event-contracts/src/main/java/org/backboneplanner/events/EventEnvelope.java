package org.backboneplanner.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic. {@code sequence} increases strictly per {@code aggregateId}, which is also
 * the record key, so one aggregate's events stay in order and a consumer can tell a redelivery.
 * {@code actor} is the member id (token subject) who caused it; {@code actorName} how to show them.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String networkId,
        String initiativeId,
        String aggregateId,
        long sequence,
        Instant occurredAt,
        String actor,
        String actorName,
        EventPayload payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static EventEnvelope of(String networkId, String initiativeId, String aggregateId, long sequence,
                                   Instant occurredAt, Actor actor, EventPayload payload) {
        return new EventEnvelope(UUID.randomUUID(), payload.type(), networkId, initiativeId, aggregateId,
                sequence, occurredAt, actor.id(), actor.name(), payload);
    }

    /**
     * The envelopes of the events one change of an aggregate caused, numbered after {@code lastSequence}
     * (the aggregate adds {@code payloads.size()} to its own count).
     */
    public static List<EventEnvelope> numbered(String networkId, String initiativeId, String aggregateId,
                                               long lastSequence, Instant occurredAt, Actor actor,
                                               List<? extends EventPayload> payloads) {
        List<EventEnvelope> events = new ArrayList<>();
        long sequence = lastSequence;
        for (EventPayload payload : payloads) {
            events.add(of(networkId, initiativeId, aggregateId, ++sequence, occurredAt, actor, payload));
        }
        return events;
    }

    /** Who causes an event: the member id and a name to show. */
    public record Actor(String id, String name) {
    }

    @SuppressWarnings("unchecked")
    public <P extends EventPayload> P payloadAs(Class<P> type) {
        return (P) payload;
    }
}
