package org.backboneplanner.debrief.partners;

import java.util.HashMap;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each partner's current name, from partner-service's events. Rows and resources carry a partner's name as it
 * was when they were written; the debrief and the dashboard call partners by the name they have now.
 */
@Component
public class PartnerNames {

    static final String COLLECTION = "partner_names";

    private final MongoTemplate mongo;

    PartnerNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the event names a partner (registered or updated) */
    boolean apply(EventEnvelope event) {
        String name = event.payload() instanceof PartnerRegistered registered ? registered.name()
                : event.payload() instanceof PartnerUpdated updated ? updated.name() : null;
        if (name == null) {
            return false;
        }
        Projections.applyInOrder(mongo, COLLECTION, event, new Update().set("name", name));
        return true;
    }

    /** Partner id to its current name, for every partner of a network. */
    public Map<String, String> of(String networkId) {
        Map<String, String> names = new HashMap<>();
        for (Document partner : mongo.find(Query.query(Criteria.where("networkId").is(networkId)), Document.class,
                COLLECTION)) {
            names.put(partner.getString("_id"), partner.getString("name"));
        }
        return names;
    }
}
