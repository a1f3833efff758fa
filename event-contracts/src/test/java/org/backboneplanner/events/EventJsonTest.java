package org.backboneplanner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class EventJsonTest {

    static Stream<EventPayload> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventTypeSurvivesTheWireUnchanged(EventPayload payload) {
        EventEnvelope event = EventEnvelope.of("monteregie", "i1", "i1", 7, Instant.parse("2026-11-24T12:00:00Z"),
                new EventEnvelope.Actor("u1", "Alice"), payload);

        EventEnvelope read = EventJson.read(EventJson.write(event));

        assertThat(read).isEqualTo(event);
        assertThat(read.type()).isEqualTo(payload.getClass().getSimpleName());
    }

    @Test
    void everyPayloadTypeIsRegisteredAndHasASample() {
        assertThat(EventTypes.all()).containsExactlyInAnyOrderElementsOf(
                SampleEvents.all().stream().<Class<? extends EventPayload>>map(EventPayload::getClass).toList());
    }

    @Test
    void theEnvelopeHasTheFieldsTheDesignNames() {
        EventEnvelope event = EventEnvelope.of("monteregie", "i1", "i1", 3, Instant.parse("2026-11-24T12:00:00Z"),
                new EventEnvelope.Actor("u1", "Alice"), SampleEvents.all().get(9));

        JsonNode json = EventJson.tree(EventJson.write(event));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "type", "networkId", "initiativeId",
                "aggregateId", "sequence", "occurredAt", "actor", "actorName", "payload");
        assertThat(json.get("type").asString()).isEqualTo("NextStepScheduled");
        assertThat(json.get("occurredAt").asString()).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(json.get("sequence").asLong()).isEqualTo(3);
        JsonNode step = json.get("payload").get("step");
        assertThat(step.get("role").asString()).isEqualTo("RESOURCES");
        assertThat(step.get("dueDate").asString()).isEqualTo("2027-03-31");
        assertThat(step.get("owner").get("email").asString()).isEqualTo("alice@example.org");
    }

    @Test
    void aReaderIgnoresFieldsItDoesNotKnow() {
        String json = """
                {"id":"6f1c1f8e-4b7e-4f43-9d43-3c8c0c0c0c0c","type":"InitiativeCreated","networkId":"estrie",
                 "initiativeId":"i9","aggregateId":"i9","sequence":1,"occurredAt":"2026-11-24T12:00:00Z",
                 "actor":"u1","payload":{"name":"Table","description":null,"createdBy":"u1","colour":"blue"},
                 "addedLater":true}""";

        EventEnvelope event = EventJson.read(json);

        assertThat(event.payloadAs(org.backboneplanner.events.worksheet.InitiativeCreated.class).name()).isEqualTo("Table");
    }

    @Test
    void anUnknownTypeIsReportedAndSkippedByReadIfKnown() {
        String json = """
                {"id":"6f1c1f8e-4b7e-4f43-9d43-3c8c0c0c0c0c","type":"SomethingNew","networkId":"estrie",
                 "aggregateId":"i9","sequence":1,"occurredAt":"2026-11-24T12:00:00Z","payload":{}}""";

        assertThatThrownBy(() -> EventJson.read(json)).isInstanceOf(EventJson.UnknownEventTypeException.class);
        assertThat(EventJson.readIfKnown(json)).isEmpty();
    }

    @Test
    void brokenTextIsAnIllegalArgument() {
        assertThatThrownBy(() -> EventJson.read("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventJson.read("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRolesKeepTheSeedsOrderAndLabels() {
        assertThat(BackboneRole.values()).extracting(Enum::name).containsExactly("VISION_STRATEGY",
                "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES", "COMMUNITY_ENGAGEMENT", "POLICY", "RESOURCES");
        assertThat(BackboneRole.COMMUNITY_ENGAGEMENT.label("fr"))
                .isEqualTo("Cultiver et maintenir l'engagement de la communauté");
        assertThat(BackboneRole.COMMUNITY_ENGAGEMENT.label("en")).isEqualTo("Build community engagement");
        assertThat(BackboneRole.fromKey("NOPE")).isNull();
    }
}
