package org.backboneplanner.support.store;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;

/**
 * What every aggregate has for the store: the sequence number of the last event it caused, so its
 * events are numbered one after another, and a revision that moves with every stored change, so a write
 * is stored only over the state it was computed from.
 */
public abstract class Aggregate {

    private long eventSequence;
    private long revision;

    /** For a new aggregate, and for the mapping that reads a stored one field by field. */
    protected Aggregate() {
    }

    protected Aggregate(long eventSequence, long revision) {
        this.eventSequence = eventSequence;
        this.revision = revision;
    }

    public abstract String id();

    public abstract String networkId();

    /** The initiative the aggregate belongs to, or null (a partner belongs to its network only). */
    public abstract String initiativeId();

    /** Wraps the events of one change in envelopes, numbered after the aggregate's last event. */
    final List<EventEnvelope> envelopes(List<? extends EventPayload> payloads, EventEnvelope.Actor actor, Instant now) {
        List<EventEnvelope> events = EventEnvelope.numbered(networkId(), initiativeId(), id(), eventSequence, now, actor,
                payloads);
        eventSequence += events.size();
        return events;
    }

    public long revision() {
        return revision;
    }
}
