package org.backboneplanner.support.consumption;

import org.backboneplanner.events.EventEnvelope;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applying an event once when its effects reach beyond one document (e.g. reminders planned for a step
 * of an initiative): the same rule as {@link Projections}, the aggregate's highest applied sequence, kept
 * in a document of its own per aggregate. Effects are applied first and marked after; they are written as
 * idempotent upserts of the event's state, so a crash in between repeats nothing visible.
 */
public class AppliedEvents {

    static final String COLLECTION = "applied_events";

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code effect} once per event: skipped when this or a later event was already applied. */
    public boolean applyOnce(EventEnvelope event, Runnable effect) {
        Document known = mongo.findOne(Query.query(Criteria.where("_id").is(event.aggregateId())), Document.class,
                COLLECTION);
        if (known != null && known.get("sequence", Number.class).longValue() >= event.sequence()) {
            Projections.requireSameNetwork(known, event);
            return false;
        }
        effect.run();
        Projections.applyInOrder(mongo, COLLECTION, event, new Update());
        return true;
    }
}
