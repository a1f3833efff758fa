package org.backboneplanner.debrief.answers;

import java.time.Instant;

import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Aggregate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The group's answer to one debrief question of one initiative: an aggregate of this service, stored with the
 * events it causes (its outbox), so other services (the printed worksheet) learn it from the topic. Its
 * revision is the version a writer's {@code If-Match} names.
 */
@Document(DebriefAnswers.COLLECTION)
class Answer extends Aggregate {

    private String initiativeId;
    private DebriefQuestion question;
    private String answer;
    private String answeredBy;
    private String answeredByName;
    private Instant answeredAt;

    @PersistenceCreator
    private Answer() {
    }

    private Answer(String networkId, String initiativeId, DebriefQuestion question) {
        super(id(initiativeId, question), networkId);
        this.initiativeId = initiativeId;
        this.question = question;
    }

    /** A question nobody has answered yet. */
    static Answer unanswered(String networkId, String initiativeId, DebriefQuestion question) {
        return new Answer(networkId, initiativeId, question);
    }

    static String id(String initiativeId, DebriefQuestion question) {
        return initiativeId + ":" + question.name();
    }

    /** The group's answer is now {@code text}, written by {@code member}; the event carries it whole. */
    DebriefAnswered write(String text, Member member, Instant now) {
        answer = text;
        answeredBy = member.id();
        answeredByName = member.displayName();
        answeredAt = now;
        return announce();
    }

    /** The answer as it stands, for the other services. */
    DebriefAnswered announce() {
        return new DebriefAnswered(question.name(), answer, answeredByName);
    }

    @Override
    public String initiativeId() {
        return initiativeId;
    }

    DebriefQuestion question() {
        return question;
    }

    String answer() {
        return answer;
    }

    String answeredByName() {
        return answeredByName;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
