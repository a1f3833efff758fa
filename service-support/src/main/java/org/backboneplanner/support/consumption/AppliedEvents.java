package org.backboneplanner.support.consumption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.backboneplanner.events.EventEnvelope;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
        // checked before any effect: an event naming another network than its aggregate's must change nothing
        Projections.requireSameNetwork(known, event);
        if (known != null && known.get("sequence", Number.class).longValue() >= event.sequence()) {
            return false;
        }
        effect.run();
        Projections.applyInOrder(mongo, COLLECTION, event, new Update());
        return true;
    }

    /**
     * Those of these items (in their order, as a partition delivers their events) whose event is not applied yet,
     * with one read however many aggregates: what {@link #applyOnce} would apply of them one after the other.
     *
     * @throws IllegalArgumentException when one names another network than its aggregate's: the caller goes one
     *                                  event at a time to find it
     */
    public <T> List<T> notYetApplied(List<T> items, Function<T, EventEnvelope> eventOf) {
        List<String> ids = items.stream().map(item -> eventOf.apply(item).aggregateId()).distinct().toList();
        Map<String, Document> known = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .forEach(mark -> known.put(mark.getString("_id"), mark));
        Map<String, Long> applied = new HashMap<>();
        known.forEach((id, mark) -> applied.put(id, mark.get("sequence", Number.class).longValue()));
        List<T> fresh = new ArrayList<>();
        for (T item : items) {
            EventEnvelope event = eventOf.apply(item);
            Projections.requireSameNetwork(known.get(event.aggregateId()), event);
            if (event.sequence() > applied.getOrDefault(event.aggregateId(), 0L)) {
                applied.put(event.aggregateId(), event.sequence());
                fresh.add(item);
            }
        }
        return fresh;
    }

    /**
     * Marks these events applied, once their effects are written: each aggregate's highest sequence among them, in
     * one unordered bulk write of the same conditional upserts as {@link #applyOnce}; a mark already as high stays.
     */
    public void markApplied(List<EventEnvelope> events) {
        Map<String, EventEnvelope> last = new LinkedHashMap<>();
        events.forEach(event -> last.merge(event.aggregateId(), event,
                (one, other) -> other.sequence() > one.sequence() ? other : one));
        if (last.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        last.values().forEach(event -> bulk.upsert(Projections.unapplied(event),
                new Update().set("sequence", event.sequence()).set("networkId", event.networkId())));
        try {
            bulk.execute();
        } catch (BulkOperationException alreadyHigher) {
            // an upsert colliding on _id: that aggregate's mark was already at or past this event
            if (alreadyHigher.getErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw alreadyHigher;
            }
        }
    }
}
