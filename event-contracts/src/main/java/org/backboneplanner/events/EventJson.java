package org.backboneplanner.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of events. Readers are tolerant: unknown fields are ignored, so a producer may add a
 * field without breaking older consumers; an unknown type is reported, not guessed.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an event written before a field existed reads with the field empty (0 for numbers)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // amounts keep their exact decimal value, scale included (15000.00 stays 15000.00)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventJson() {
    }

    public static String write(EventEnvelope event) {
        return MAPPER.writeValueAsString(event);
    }

    /** The envelope without its payload's class resolved: what a relay needs to route a stored event. */
    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /**
     * Reads an envelope.
     *
     * @throws UnknownEventTypeException when the type is not one of {@link EventTypes}
     * @throws IllegalArgumentException  when the text is not an envelope
     */
    public static EventEnvelope read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("an event is a JSON object");
        }
        String type = text(node, "type");
        Class<? extends EventPayload> payloadType = EventTypes.byName(type);
        if (payloadType == null) {
            throw new UnknownEventTypeException(type);
        }
        try {
            EventPayload payload = MAPPER.treeToValue(node.required("payload"), payloadType);
            return new EventEnvelope(
                    UUID.fromString(text(node, "id")),
                    type,
                    text(node, "networkId"),
                    node.hasNonNull("initiativeId") ? node.get("initiativeId").asString() : null,
                    text(node, "aggregateId"),
                    node.required("sequence").asLong(),
                    Instant.parse(text(node, "occurredAt")),
                    node.hasNonNull("actor") ? node.get("actor").asString() : null,
                    node.hasNonNull("actorName") ? node.get("actorName").asString() : null,
                    payload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid " + type + " event: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an envelope, or nothing when its type is unknown here: a consumer ignores events it has no
     * use for, so producers can add types without breaking anyone.
     */
    public static Optional<EventEnvelope> readIfKnown(String json) {
        try {
            return Optional.of(read(json));
        } catch (UnknownEventTypeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value.asString();
    }

    /** Raised for a type name this version of the contracts does not know. */
    public static final class UnknownEventTypeException extends IllegalArgumentException {
        public UnknownEventTypeException(String type) {
            super("unknown event type " + type);
        }
    }
}
