package org.backboneplanner.support.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Events taken out of their aggregates and waiting for Kafka, one document each, keyed by event id (so
 * staging twice keeps one). Aggregates hand their events over at once, so a long broker outage grows
 * this collection, never an aggregate's document. An event Kafka can never take is parked here, with why.
 */
class StagedEvents {

    static final String COLLECTION = "outbox_events";
    static final String WAITING = "WAITING";
    static final String PARKED = "PARKED";

    private final MongoTemplate mongo;

    StagedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void stage(String collection, Document event, Instant now) {
        Document staged = new Document("collection", collection)
                .append("topic", event.getString("topic"))
                .append("key", event.getString("key"))
                .append("sequence", event.get("sequence"))
                .append("json", event.getString("json"))
                .append("status", WAITING)
                .append("stagedAt", Date.from(now));
        mongo.upsert(Query.query(Criteria.where("_id").is(event.getString("id"))),
                Update.fromDocument(new Document("$setOnInsert", staged)), COLLECTION);
    }

    /** The oldest waiting events: an aggregate's in the order it caused them. */
    List<Document> waiting(int batch) {
        return mongo.find(Query.query(Criteria.where("status").is(WAITING))
                .with(Sort.by("stagedAt", "sequence")).limit(batch), Document.class, COLLECTION);
    }

    void published(Object id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    void park(Object id, String why, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", PARKED).set("parkedAt", Date.from(now)).set("error", why), COLLECTION);
    }

    long count(String status) {
        return mongo.count(Query.query(Criteria.where("status").is(status)), COLLECTION);
    }

    /** When the oldest waiting event was staged, if any waits. */
    Instant oldestWaiting() {
        Document oldest = mongo.findOne(Query.query(Criteria.where("status").is(WAITING))
                .with(Sort.by("stagedAt")), Document.class, COLLECTION);
        return oldest == null ? null : oldest.getDate("stagedAt").toInstant();
    }
}
