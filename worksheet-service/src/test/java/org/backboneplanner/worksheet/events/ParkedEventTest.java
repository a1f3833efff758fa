package org.backboneplanner.worksheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event Kafka can never take (here one of 1.5 MB, over the broker's 1 MB record limit, slipped past
 * the request limits) is parked with the reason and shown in the health and the metrics; the
 * initiative's later events are still published. Before, the relay retried it every few seconds forever
 * and nothing of that initiative left again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // let the event reach the producer, so Kafka's own refusal is what parks it
        properties = "backbone.outbox.max-event-bytes=5000000")
class ParkedEventTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestServers.mongo().uri("worksheet-parked"));
        registry.add("spring.kafka.bootstrap-servers", () -> TestServers.kafka().bootstrapServers());
        TestServers.registerTokens(registry);
    }

    @Test
    void anEventKafkaRefusesIsParkedAndTheInitiativesLaterEventsGoOn() {
        String network = "net-parked";
        ApiClient alice = new ApiClient("http://127.0.0.1:" + port, TestServers.tokens().token("alice", network));
        String base = "/api/networks/" + network + "/initiatives";
        var created = alice.post(base, Map.of("name", "Trop gros"));
        String id = created.json().get("id").asString();

        EventEnvelope huge = EventEnvelope.of(network, id, id, 2, Instant.now(), new EventEnvelope.Actor("alice", "Alice"),
                new PlanUpdated(PlanKind.SUCCESSION, "x".repeat(1_500_000), null));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("eventSequence", 1)
                .push("outbox", new Document("id", huge.id().toString()).append("topic", Topics.WORKSHEET)
                        .append("key", id).append("sequence", 2L).append("json", EventJson.write(huge))), "initiatives");
        var renamed = alice.patch(base + "/" + id, Map.of("name", "Toujours là"), Map.of("If-Match", created.header("ETag")));

        assertThat(renamed.status()).isEqualTo(200);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() == 2, Duration.ofSeconds(60));
            assertThat(events).extracting(EventEnvelope::type).containsExactly("InitiativeCreated", "InitiativeDetailsChanged");
            assertThat(events).extracting(EventEnvelope::sequence).containsExactly(1L, 3L);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Document parked = mongo.findOne(Query.query(Criteria.where("_id").is(huge.id().toString())), Document.class,
                    "outbox_events");
            assertThat(parked.getString("status")).isEqualTo("PARKED");
            assertThat(parked.getString("error")).contains("RecordTooLarge");
            var health = new ApiClient("http://127.0.0.1:" + port, null).get("/actuator/health");
            assertThat(health.json().get("components").get("outbox").get("status").asString()).isEqualTo("PARKED");
            assertThat(health.json().get("components").get("outbox").get("details").get("parked").asLong()).isEqualTo(1);
            assertThat(new ApiClient("http://127.0.0.1:" + port, null).get("/actuator/prometheus").body())
                    .contains("backbone_outbox_parked 1.0");
        });
    }
}
