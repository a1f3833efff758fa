package org.backboneplanner.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;

/**
 * Which instance of a service relays its outbox: one at a time, so an aggregate's events leave in the
 * order it caused them even when several instances run. The holder renews its lease on every pass; if
 * it dies, another takes over once the lease has run out.
 */
class RelayLease {

    private static final String COLLECTION = "outbox_lease";
    private static final String ID = "relay";

    private final MongoTemplate mongo;
    private final String holder;
    private final Duration length;

    RelayLease(MongoTemplate mongo, String holder, Duration length) {
        this.mongo = mongo;
        this.holder = holder;
        this.length = length;
    }

    /** Takes or renews the lease; false while another instance holds it. */
    boolean hold(Instant now) {
        Query free = Query.query(Criteria.where("_id").is(ID).orOperator(Criteria.where("holder").is(holder),
                Criteria.where("expiresAt").lt(Date.from(now))));
        try {
            mongo.findAndModify(free, new Update().set("holder", holder).set("expiresAt", Date.from(now.plus(length))),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release() {
        mongo.remove(Query.query(Criteria.where("_id").is(ID).and("holder").is(holder)), COLLECTION);
    }
}
