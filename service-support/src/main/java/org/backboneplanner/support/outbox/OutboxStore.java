package org.backboneplanner.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Limits;
import org.backboneplanner.support.problem.PayloadTooLargeException;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores an aggregate together with the events its change caused, in one single-document write, so
 * either both are stored or neither (MongoDB without transactions still makes one document atomic).
 * <p>
 * The aggregate's class maps its state and a {@code revision} field; the {@code outbox} array is
 * not part of the class, so writing state never rewrites events the relay has already sent.
 */
public class OutboxStore {

    static final String OUTBOX = "outbox";
    static final String REVISION = "revision";
    /**
     * A document with {@code outboxHeld: true} keeps its events until the flag goes: a bulk write (an
     * import) publishes nothing until all of it is stored, and nothing at all if it is rolled back.
     */
    public static final String HELD = "outboxHeld";
    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public OutboxStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new aggregate (revision 1) with its first events. */
    public void insert(Object aggregate, String topic, List<EventEnvelope> events) {
        insert(aggregate, topic, events, new Document());
        relay.nudge();
    }

    /**
     * Inserts a new aggregate whose events wait until {@link #release} (a part of a bulk write that
     * must publish nothing unless all of it is stored); {@code marks} are extra fields to find it by.
     */
    public void insertHeld(Object aggregate, String topic, List<EventEnvelope> events, Document marks) {
        insert(aggregate, topic, events, new Document(marks).append(HELD, true));
    }

    /** Lets the held events of the matching documents go, and drops the marks. */
    public void release(Class<?> type, Query held, String... marks) {
        Update update = new Update().unset(HELD);
        for (String mark : marks) {
            update.unset(mark);
        }
        mongo.updateMulti(held, update, type);
        relay.nudge();
    }

    private void insert(Object aggregate, String topic, List<EventEnvelope> events, Document extra) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.putAll(extra);
        document.put(REVISION, 1L);
        document.put(OUTBOX, pending(topic, events));
        mongo.insert(document, mongo.getCollectionName(aggregate.getClass()));
    }

    /**
     * Replaces the aggregate's state if nobody changed it since {@code expectedRevision}, and appends
     * its events to the outbox in the same write.
     *
     * @return false when another write came first: reload and apply the change again
     */
    public boolean replace(Object aggregate, Object id, long expectedRevision, String topic,
                           List<EventEnvelope> events) {
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.remove(ID);
        state.remove(REVISION);
        state.remove(OUTBOX);
        state.remove("_class");
        Update update = new Update();
        state.forEach(update::set);
        update.inc(REVISION, 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(pending(topic, events).toArray());
        }
        Query query = Query.query(Criteria.where(ID).is(id).and(REVISION).is(expectedRevision));
        boolean stored = mongo.updateFirst(query, update, aggregate.getClass()).getMatchedCount() == 1;
        if (stored && !events.isEmpty()) {
            relay.nudge();
        }
        return stored;
    }

    private static List<Document> pending(String topic, List<EventEnvelope> events) {
        List<Document> pending = new ArrayList<>();
        for (EventEnvelope event : events) {
            String json = EventJson.write(event);
            if (json.getBytes(StandardCharsets.UTF_8).length > Limits.EVENT_BYTES) {
                // the request limits keep every event far smaller; this only guards against a new gap
                throw new PayloadTooLargeException("too-large.event", event.type());
            }
            pending.add(new Document("id", event.id().toString())
                    .append("topic", topic)
                    .append("key", event.aggregateId())
                    .append("sequence", event.sequence())
                    .append("json", json));
        }
        return pending;
    }
}
