package org.backboneplanner.support.outbox;

/**
 * Sees every event the relay is about to publish, e.g. to keep a history. It may be called more than
 * once for the same event (after a failed send), so what it does must be idempotent; if it throws,
 * the event is retried later, never skipped.
 */
public interface OutboxObserver {

    void beforePublish(String collection, String eventJson);
}
