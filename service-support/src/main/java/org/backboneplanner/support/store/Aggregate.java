package org.backboneplanner.support.store;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * What every aggregate has for the store: its id and network, the sequence number of the last event it
 * caused, so its events are numbered one after another, and a revision that moves with every stored
 * change, so a write is stored only over the state it was computed from.
 */
public abstract class Aggregate {

    @Id
    private String id;
    @Indexed
    private String networkId;
    private long eventSequence;
    private long revision;

    /** For the mapping that reads a stored aggregate field by field. */
    protected Aggregate() {
    }

    /** A new aggregate of a network. */
    protected Aggregate(String id, String networkId) {
        this.id = id;
        this.networkId = networkId;
    }

    /** A stored aggregate, read through its constructor. */
    protected Aggregate(String id, String networkId, long eventSequence, long revision) {
        this(id, networkId);
        this.eventSequence = eventSequence;
        this.revision = revision;
    }

    public final String id() {
        return id;
    }

    /** The network it belongs to: every query of it names the network. */
    public final String networkId() {
        return networkId;
    }

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
