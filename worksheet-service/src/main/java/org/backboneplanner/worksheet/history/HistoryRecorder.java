package org.backboneplanner.worksheet.history;

import org.backboneplanner.events.EventJson;
import org.backboneplanner.support.outbox.OutboxObserver;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records every change of an initiative as the relay takes its events out of the initiative (before
 * Kafka, so also while Kafka is away): who, when, what, and the state before and after. Keyed by event
 * id, so an event taken twice is recorded once.
 */
@Component
class HistoryRecorder implements OutboxObserver {

    static final String COLLECTION = "history";

    private final MongoTemplate mongo;

    HistoryRecorder(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void staged(String collection, String eventJson) {
        if (!"initiatives".equals(collection)) {
            return;
        }
        JsonNode event = EventJson.tree(eventJson);
        ObjectNode payload = (ObjectNode) event.get("payload").deepCopy();
        JsonNode before = payload.remove("before");
        JsonNode step = payload.get("step");
        Document entry = new Document("networkId", text(event, "networkId"))
                .append("initiativeId", text(event, "initiativeId"))
                .append("sequence", event.get("sequence").asLong())
                .append("type", text(event, "type"))
                .append("actor", text(event, "actor"))
                .append("actorName", text(event, "actorName"))
                .append("occurredAt", java.util.Date.from(java.time.Instant.parse(text(event, "occurredAt"))))
                .append("role", step != null ? text(step, "role") : text(payload, "role"))
                .append("plan", step != null ? text(step, "plan") : text(payload, "plan"))
                .append("stepId", step != null ? text(step, "stepId") : null)
                .append("before", before == null || before.isNull() ? null : Document.parse(wrap(before)).get("v"))
                .append("after", Document.parse(payload.toString()));
        mongo.upsert(Query.query(Criteria.where("_id").is(text(event, "id"))), Update.fromDocument(
                new Document("$setOnInsert", entry)), COLLECTION);
    }

    private static String wrap(JsonNode node) {
        return "{\"v\":" + node.toString() + "}";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
