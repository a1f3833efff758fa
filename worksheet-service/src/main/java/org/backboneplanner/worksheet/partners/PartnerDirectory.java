package org.backboneplanner.worksheet.partners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
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

    /** Partners named in one request, each one that cannot be named noted with its field, all refused at once. */
    public Lookup lookup(String networkId) {
        return new Lookup(networkId);
    }

    /** The current names of partners, to show carriers as the directory names them today. */
    public Map<String, KnownPartner> byId(String networkId, Collection<String> partnerIds) {
        Map<String, KnownPartner> partners = new HashMap<>();
        if (!partnerIds.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(partnerIds).and("networkId").is(networkId)), KnownPartner.class)
                    .forEach(p -> partners.put(p.id(), p));
        }
        return partners;
    }

    /** The partners of one request: {@link #partner} notes what is missing, {@link #verify} refuses it. */
    public final class Lookup {

        private final String networkId;
        private final List<FieldProblem> problems = new ArrayList<>();

        private Lookup(String networkId) {
            this.networkId = networkId;
        }

        /** The partner, or empty with a problem noted for {@code field}. */
        public Optional<KnownPartner> partner(String partnerId, String field) {
            Optional<KnownPartner> partner = partnerId == null ? Optional.empty() : find(networkId, partnerId);
            if (partner.isEmpty()) {
                problems.add(FieldProblem.said(field, "unknown-partner", "field.unknown-partner"));
            }
            return partner;
        }

        /** 400 listing every partner that could not be named. */
        public void verify() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
