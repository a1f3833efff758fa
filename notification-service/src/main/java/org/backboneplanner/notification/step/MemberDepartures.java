package org.backboneplanner.notification.step;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Members who left an initiative, as its events told: a step event arriving later for a step such a member
 * still owns must not plan them reminders again. Rejoining forgets the departure.
 */
@Component
class MemberDepartures {

    private static final String COLLECTION = "member_departures";

    private final MongoTemplate mongo;

    MemberDepartures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void left(String initiativeId, String memberId) {
        mongo.save(new org.bson.Document("_id", key(initiativeId, memberId)), COLLECTION);
    }

    /** @return whether the member had left */
    boolean back(String initiativeId, String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(key(initiativeId, memberId))), COLLECTION)
                .getDeletedCount() > 0;
    }

    /** Which of these departures ({@link #key} each) happened, in one read. */
    Set<String> leftAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(keys)), org.bson.Document.class, COLLECTION).stream()
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
    }

    static String key(String initiativeId, String memberId) {
        return initiativeId + "|" + memberId;
    }
}
