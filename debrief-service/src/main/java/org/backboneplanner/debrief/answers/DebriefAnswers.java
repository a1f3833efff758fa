package org.backboneplanner.debrief.answers;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.problem.PreconditionFailedException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.web.Etags;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The group's answers to the debrief questions, owned by this service and published on
 * {@code backbone.debrief.v1} ({@code DebriefAnswered}) through the outbox. Each answer is one aggregate; a
 * write is conditional on the version the writer read, so nobody's answer is lost.
 */
@Component
public class DebriefAnswers {

    static final String COLLECTION = "debrief_answers";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Clock clock;

    DebriefAnswers(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    public List<AnswerView> of(String networkId, String initiativeId) {
        return Arrays.stream(DebriefQuestion.values()).map(q -> view(q, find(networkId, initiativeId, q))).toList();
    }

    AnswerView answer(String networkId, String initiativeId, DebriefQuestion question, String text, String ifMatch,
                      Member member) {
        Answer current = find(networkId, initiativeId, question);
        long version = current == null ? 0 : current.revision();
        Etags.require(ifMatch, etag(version), view(question, current));
        if (current == null) {
            Answer first = Answer.unanswered(networkId, initiativeId, question);
            try {
                store.insert(first, Topics.DEBRIEF, member.actor(), List.of(first.write(text, member, clock.instant())));
            } catch (DuplicateKeyException raced) {
                throw stale(networkId, initiativeId, question);
            }
        } else {
            store.update(() -> find(networkId, initiativeId, question), Topics.DEBRIEF, member.actor(), answer -> {
                if (answer.revision() != version) {
                    throw stale(networkId, initiativeId, question);
                }
                return Change.of(List.of(answer.write(text, member, clock.instant())), answer);
            });
        }
        return view(question, find(networkId, initiativeId, question));
    }

    private PreconditionFailedException stale(String networkId, String initiativeId, DebriefQuestion question) {
        Answer now = find(networkId, initiativeId, question);
        return new PreconditionFailedException("stale-version.answered", view(question, now),
                etag(now == null ? 0 : now.revision()));
    }

    private Answer find(String networkId, String initiativeId, DebriefQuestion question) {
        Query query = Query.query(Criteria.where("_id").is(Answer.id(initiativeId, question))
                .and("networkId").is(networkId));
        return mongo.findOne(query, Answer.class);
    }

    /**
     * Answers stored before they were published (no {@code revision}, their count in {@code version}) become
     * aggregates, and are announced once, so the other services learn them too.
     */
    @EventListener(ApplicationStartedEvent.class)
    void announceEarlierAnswers() {
        Query earlier = Query.query(Criteria.where("revision").exists(false));
        for (Document old : mongo.find(earlier, Document.class, COLLECTION)) {
            Number version = old.get("version", Number.class);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(old.get("_id")).and("revision").exists(false)),
                    new Update().set("revision", version == null ? 1L : version.longValue()), COLLECTION);
            store.update(() -> mongo.findById(old.get("_id"), Answer.class), Topics.DEBRIEF,
                    new EventEnvelope.Actor(old.getString("answeredBy"), old.getString("answeredByName")),
                    answer -> Change.of(List.of(answer.announce()), answer));
        }
    }

    private static AnswerView view(DebriefQuestion question, Answer answer) {
        if (answer == null) {
            return new AnswerView(question, question.textFr(), question.textEn(), null, null, null, etag(0));
        }
        return new AnswerView(question, question.textFr(), question.textEn(), answer.answer(), answer.answeredByName(),
                answer.answeredAt(), etag(answer.revision()));
    }

    static String etag(long version) {
        return Etags.of("a" + version);
    }
}
