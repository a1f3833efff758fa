package org.backboneplanner.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes sessions past their expiry. Correctness never depends on it (an expired session is refused
 * when read); it keeps the store from growing where MongoDB's TTL index does not run (the wire-protocol
 * server). Every gateway sweeps; the removal is the same whoever does it.
 */
public class ExpiredSessions {

    /** The expiry Spring Session's MongoDB converters store with each session. */
    static final String EXPIRE_AT = "expireAt";
    private static final Log log = LogFactory.getLog(ExpiredSessions.class);

    private final ReactiveMongoOperations mongo;
    private final String collection;
    private final Clock clock;

    ExpiredSessions(ReactiveMongoOperations mongo, String collection, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${backbone.gateway.session.sweep-every:1m}",
            initialDelayString = "${backbone.gateway.session.sweep-every:1m}")
    void sweep() {
        try {
            remove();
        } catch (RuntimeException storeAway) {
            log.warn("Expired sessions not removed this time: " + storeAway.getMessage());
        }
    }

    /** Removes every session whose expiry has passed; answers how many. */
    public long remove() {
        Query expired = Query.query(Criteria.where(EXPIRE_AT).lt(Date.from(clock.instant())));
        Long removed = mongo.remove(expired, collection).map(result -> result.getDeletedCount())
                .block(Duration.ofSeconds(30));
        return removed == null ? 0 : removed;
    }
}
