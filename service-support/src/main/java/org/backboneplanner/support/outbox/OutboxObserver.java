package org.backboneplanner.support.outbox;

/**
 * Sees every event as the relay takes it out of its aggregate's document, before it is published and
 * even while Kafka is away, e.g. to keep a history. It may be called more than once for the same event
 * (after a crash), so what it does must be idempotent; if it throws, the event stays in its aggregate
 * and is taken again later, never skipped.
 */
public interface OutboxObserver {

    void staged(String collection, String eventJson);
}
