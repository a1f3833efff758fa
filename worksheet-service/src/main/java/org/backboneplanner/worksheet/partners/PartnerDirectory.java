package org.backboneplanner.worksheet.partners;

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

    /**
     * A partner that can be named now: it belongs to {@code networkId} (another network's partner is
     * unknown here) and is not archived.
     */
    public Optional<KnownPartner> find(String networkId, String partnerId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(partnerId)
                .and("networkId").is(networkId).and("archived").ne(true)), KnownPartner.class));
    }

    /** The current names of partners, to show carriers as the directory names them today. */
    public java.util.Map<String, KnownPartner> byId(String networkId, java.util.Collection<String> partnerIds) {
        java.util.Map<String, KnownPartner> partners = new java.util.HashMap<>();
        if (!partnerIds.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(partnerIds).and("networkId").is(networkId)), KnownPartner.class)
                    .forEach(p -> partners.put(p.id(), p));
        }
        return partners;
    }

    void save(KnownPartner partner) {
        mongo.save(partner);
    }
}
