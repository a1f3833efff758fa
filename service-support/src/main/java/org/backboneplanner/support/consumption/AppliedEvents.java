package org.backboneplanner.support.consumption;

import org.backboneplanner.events.EventEnvelope;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Remembers, per aggregate, the highest event sequence this service has applied, so a redelivered or
 * older event is recognised and skipped. Effects are applied first and marked after; they are
 * written as idempotent upserts of the event's state, so a crash in between repeats nothing visible.
 */
public class AppliedEvents {

    static final String COLLECTION = "applied_events";

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @throws IllegalArgumentException when the aggregate is known in another network: such an event is
     *                                  forged or broken, and goes to the dead-letter topic
     */
    public boolean isNew(EventEnvelope event) {
        org.bson.Document known = mongo.findOne(Query.query(Criteria.where("_id").is(event.aggregateId())),
                org.bson.Document.class, COLLECTION);
        if (known == null) {
            return true;
        }
        String network = known.getString("networkId");
        if (network != null && !network.equals(event.networkId())) {
            throw new IllegalArgumentException("event for network " + event.networkId() + " on aggregate "
                    + event.aggregateId() + " of another network");
        }
        return known.get("sequence", Number.class).longValue() < event.sequence();
    }

    public void markApplied(EventEnvelope event) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().max("sequence", event.sequence()).setOnInsert("networkId", event.networkId()),
                FindAndModifyOptions.options().upsert(true), org.bson.Document.class, COLLECTION);
    }

    /** Applies {@code effect} once per event: skipped when this or a later event was already applied. */
    public boolean applyOnce(EventEnvelope event, Runnable effect) {
        if (!isNew(event)) {
            return false;
        }
        effect.run();
        markApplied(event);
        return true;
    }
}
