package org.backboneplanner.notification.invitation;

import java.time.Instant;
import java.util.Date;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How many invitation mails an address may still receive: at most {@code invitationsPerAddress} within
 * {@code invitationWindow}, all initiatives and networks together, so editing rights cannot turn the system
 * into a mailer. One document per address keeps the last grants, oldest first; a grant is one conditional
 * write (room left, or the oldest grant out of the window), so instances side by side never exceed it. A
 * grant names its mail, so a redelivered event finds its grant instead of taking another.
 */
@Component
class InvitationQuota {

    private static final String COLLECTION = "invitation_quota";

    private final MongoTemplate mongo;
    private final NotificationProperties properties;

    InvitationQuota(MongoTemplate mongo, NotificationProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    /** @return whether the mail {@code mailId} to {@code email} may go */
    boolean grant(String email, String mailId, Instant now) {
        String address = PreferencesStore.key(email);
        int limit = properties.invitationsPerAddress();
        if (limit <= 0) {
            return false;
        }
        if (mongo.exists(Query.query(Criteria.where("_id").is(address).and("grants.mail").is(mailId)), COLLECTION)) {
            return true;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(address)), new Update().setOnInsert("grants", java.util.List.of()),
                COLLECTION);
        Criteria room = new Criteria().orOperator(Criteria.where("grants." + (limit - 1)).exists(false),
                Criteria.where("grants.0.at").lt(Date.from(now.minus(properties.invitationWindow()))));
        Update take = new Update();
        take.push("grants").sort(Sort.by("at")).slice(-limit)
                .each(new Document("mail", mailId).append("at", Date.from(now)));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(address).andOperator(room)), take, COLLECTION)
                .getMatchedCount() == 1;
    }
}
