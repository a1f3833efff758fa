package org.backboneplanner.worksheet.debrief;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The group's answers to the debrief questions, projected from debrief-service's events (it owns them), so
 * the printed worksheet shows them. Each answer is an aggregate of its own: applied once, in order.
 */
@Component
public class DebriefAnswers {

    static final String COLLECTION = "debrief_answers";

    private final MongoTemplate mongo;
    private final ConsumedEvents events;

    DebriefAnswers(MongoTemplate mongo, ConsumedEvents events) {
        this.mongo = mongo;
        this.events = events;
    }

    @KafkaListener(topics = Topics.DEBRIEF)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(this::apply);
    }

    void apply(EventEnvelope event) {
        if (event.payload() instanceof DebriefAnswered answered) {
            Projections.applyInOrder(mongo, COLLECTION, event, new Update()
                    .set("initiativeId", event.initiativeId())
                    .set("question", answered.question())
                    .set("answer", answered.answer())
                    .set("answeredByName", answered.answeredByName())
                    .set("answeredAt", event.occurredAt()));
        }
    }

    /** An initiative's answers by question key; a question nobody answered is absent. */
    public Map<String, DebriefAnswer> of(String networkId, String initiativeId) {
        Map<String, DebriefAnswer> answers = new LinkedHashMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("networkId").is(networkId)
                .and("initiativeId").is(initiativeId)), Document.class, COLLECTION)) {
            String text = d.getString("answer");
            if (text != null && !text.isBlank()) {
                answers.put(d.getString("question"), new DebriefAnswer(d.getString("question"), text,
                        d.getString("answeredByName"), d.getDate("answeredAt") == null ? null
                        : d.getDate("answeredAt").toInstant()));
            }
        }
        return answers;
    }
}
