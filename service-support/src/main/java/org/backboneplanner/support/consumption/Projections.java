package org.backboneplanner.support.consumption;

import org.backboneplanner.events.EventEnvelope;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event to a projection document keyed by the event's aggregate in one conditional upsert
 * that also moves the document's {@code sequence}. An event at or below it matches nothing; the upsert
 * then collides on {@code _id} and the event is skipped. So a redelivered or stale event changes
 * nothing, and nothing is applied twice, without a separate record of applied events.
 */
public final class Projections {

    private Projections() {
    }

    /**
     * @return false when this or a later event of the aggregate was already applied
     * @throws IllegalArgumentException when the aggregate is known in another network: such an event is
     *                                  forged or broken, and goes to the dead-letter topic
     */
    public static boolean applyInOrder(MongoTemplate mongo, String collection, EventEnvelope event, Update update) {
        update.set("sequence", event.sequence()).set("networkId", event.networkId());
        try {
            mongo.upsert(unapplied(event), update, collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            requireSameNetwork(mongo.findOne(Query.query(Criteria.where("_id").is(event.aggregateId())), Document.class,
                    collection), event);
            return false;
        }
    }

    /** The aggregate's document while this event is not applied to it. */
    static Query unapplied(EventEnvelope event) {
        // a document from before projections kept their network has none: it takes the event's
        return Query.query(Criteria.where("_id").is(event.aggregateId()).and("sequence").lt(event.sequence())
                .orOperator(Criteria.where("networkId").is(event.networkId()), Criteria.where("networkId").exists(false)));
    }

    /** An event naming another network than the one its aggregate is known in is forged or broken. */
    static void requireSameNetwork(Document known, EventEnvelope event) {
        String network = known == null ? null : known.getString("networkId");
        if (network != null && !network.equals(event.networkId())) {
            throw new IllegalArgumentException("event for network " + event.networkId() + " on aggregate "
                    + event.aggregateId() + " of another network");
        }
    }
}
