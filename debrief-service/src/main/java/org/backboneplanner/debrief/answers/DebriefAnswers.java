package org.backboneplanner.debrief.answers;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

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
 * The group's answers to the debrief questions, owned by this service. Each answer is one document
 * with a version; a write is conditional on the version the writer read, so nobody's answer is lost.
 */
@Component
public class DebriefAnswers {

    static final String COLLECTION = "debrief_answers";

    private final MongoTemplate mongo;
    private final Clock clock;

    DebriefAnswers(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<AnswerView> of(String networkId, String initiativeId) {
        return Arrays.stream(DebriefQuestion.values()).map(q -> view(q, find(networkId, initiativeId, q))).toList();
    }

    AnswerView answer(String networkId, String initiativeId, DebriefQuestion question, String text, String ifMatch,
                      Member member) {
        Document current = find(networkId, initiativeId, question);
        long version = current == null ? 0 : current.getLong("version");
        Etags.require(ifMatch, etag(version), view(question, current));
        Query unchanged = Query.query(Criteria.where("_id").is(id(initiativeId, question)).and("version").is(version));
        Update update = new Update().set("networkId", networkId).set("initiativeId", initiativeId)
                .set("question", question.name()).set("answer", text).set("answeredBy", member.id())
                .set("answeredByName", member.displayName()).set("answeredAt", clock.instant()).inc("version", 1);
        try {
            mongo.upsert(unchanged, update, COLLECTION);
        } catch (DuplicateKeyException raced) {
            Document now = find(networkId, initiativeId, question);
            throw new PreconditionFailedException("stale-version.answered", view(question, now),
                    etag(now.getLong("version")));
        }
        return view(question, find(networkId, initiativeId, question));
    }

    private Document find(String networkId, String initiativeId, DebriefQuestion question) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id(initiativeId, question))
                .and("networkId").is(networkId)), Document.class, COLLECTION);
    }

    private static AnswerView view(DebriefQuestion question, Document answer) {
        if (answer == null) {
            return new AnswerView(question, question.textFr(), question.textEn(), null, null, null, etag(0));
        }
        return new AnswerView(question, question.textFr(), question.textEn(), answer.getString("answer"),
                answer.getString("answeredByName"), answer.getDate("answeredAt").toInstant(),
                etag(answer.getLong("version")));
    }

    private static String id(String initiativeId, DebriefQuestion question) {
        return initiativeId + ":" + question.name();
    }

    static String etag(long version) {
        return Etags.of("a" + version);
    }
}
