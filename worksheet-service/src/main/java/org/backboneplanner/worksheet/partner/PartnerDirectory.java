package org.backboneplanner.worksheet.partner;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The partners this service knows of, per network: a projection of partner-service's events. */
@Component
public class PartnerDirectory {

    private final MongoTemplate mongo;

    PartnerDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The partner, only if it belongs to {@code networkId}: another network's partner is unknown here. */
    public Optional<KnownPartner> find(String networkId, String partnerId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("_id").is(partnerId).and("networkId").is(networkId)), KnownPartner.class));
    }

    void save(KnownPartner partner) {
        mongo.save(partner);
    }
}
