package org.backboneplanner.debrief.assessment;

import java.time.Clock;
import java.util.List;

import org.backboneplanner.debrief.analytics.SelfAssessment.Rating;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.problem.PreconditionFailedException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Etags;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The members' ratings of each role, owned by this service (nothing else needs them, so no event): one
 * document per initiative, role and member, with a version; a write is conditional on the version the
 * member read, so a rating changed from two tabs is never silently lost.
 */
@Component
public class SelfAssessments {

    static final String COLLECTION = "self_assessments";

    private final MongoTemplate mongo;
    private final Clock clock;

    SelfAssessments(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Every member's ratings of an initiative's roles. */
    public List<Rating> of(String networkId, String initiativeId) {
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId)),
                Document.class, COLLECTION).stream().map(SelfAssessments::rating).toList();
    }

    /** The member's own rating of each role they rated, with its version. */
    List<Document> mine(String networkId, String initiativeId, String memberId) {
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId)
                .and("memberId").is(memberId)), Document.class, COLLECTION);
    }

    MyRating rate(String networkId, String initiativeId, BackboneRole role, RatingInput input, String ifMatch,
                  Member member) {
        String id = initiativeId + ":" + role.name() + ":" + member.id();
        Document current = find(networkId, id);
        long version = current == null ? 0 : current.getLong("version");
        Etags.require(ifMatch, etag(version), MyRating.of(role, current));
        Update update = new Update().set("networkId", networkId).set("initiativeId", initiativeId)
                .set("role", role.name()).set("memberId", member.id()).set("memberName", member.displayName())
                .set("score", input.score()).set("why", input.why() == null ? "" : input.why().strip())
                .set("showName", input.namesShown()).set("ratedAt", clock.instant()).inc("version", 1);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).and("version").is(version)), update, COLLECTION);
        } catch (DuplicateKeyException raced) {
            Document now = find(networkId, id);
            throw new PreconditionFailedException("stale-version.rated", MyRating.of(role, now),
                    etag(now.getLong("version")));
        }
        return MyRating.of(role, find(networkId, id));
    }

    private Document find(String networkId, String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id).and("networkId").is(networkId)), Document.class,
                COLLECTION);
    }

    private static Rating rating(Document d) {
        return new Rating(BackboneRole.valueOf(d.getString("role")), d.getString("memberId"), d.getString("memberName"),
                d.getInteger("score"), d.getString("why"), Boolean.TRUE.equals(d.getBoolean("showName")));
    }

    static String etag(long version) {
        return Etags.of("r" + version);
    }
}
