package org.backboneplanner.debrief.coverage;

import java.util.List;

import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads coverage, always within one network and only what the member may read. */
@Component
public class Coverages {

    private final MongoTemplate mongo;

    Coverages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public InitiativeCoverage get(String networkId, String initiativeId, Member member) {
        InitiativeCoverage coverage = mongo.findOne(Query.query(Criteria.where("_id").is(initiativeId)
                .and("networkId").is(networkId)), InitiativeCoverage.class);
        if (coverage == null || coverage.name() == null) {
            throw new NotFoundException("not-found.initiative", initiativeId);
        }
        coverage.requireReadableBy(member);
        return coverage;
    }

    public List<InitiativeCoverage> ofNetwork(String networkId, Member member, int limit) {
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("name").exists(true))
                .with(Sort.by("name")).limit(limit), InitiativeCoverage.class).stream()
                .filter(coverage -> coverage.readableBy(member)).toList();
    }
}
