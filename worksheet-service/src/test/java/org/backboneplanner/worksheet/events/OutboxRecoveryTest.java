package org.backboneplanner.worksheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.localservers.FreePorts;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.KafkaTestBroker;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kafka is down when the write happens: the write still succeeds, its event waits in the outbox, and
 * it is published once a broker answers on the configured address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.auto-create=false", "backbone.outbox.max-backoff=500ms",
                "backbone.outbox.send-timeout=1s"})
class OutboxRecoveryTest {

    private static final int KAFKA_PORT = FreePorts.free(); // the broker starts on it later
    private static KafkaTestBroker lateBroker;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestServers.mongo().uri("worksheet-outbox-recovery"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
        TestServers.registerTokens(registry);
    }

    @AfterAll
    static void stopBroker() {
        if (lateBroker != null) {
            lateBroker.close();
        }
    }

    @Test
    void anEventWrittenWhileKafkaIsDownIsPublishedWhenItIsBack() {
        String network = "net-outbox";
        ApiClient alice = new ApiClient("http://127.0.0.1:" + port, TestServers.tokens().token("alice", network));

        var created = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Written offline"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        // the relay takes the event out of the initiative at once and keeps it waiting for Kafka, so a long
        // outage never makes the initiative's document grow; the history already has it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(pendingEvents(id)).isEmpty();
            assertThat(waitingForKafka(id)).hasSize(1);
            assertThat(mongo.count(Query.query(Criteria.where("initiativeId").is(id)), "history")).isEqualTo(1);
        });

        lateBroker = KafkaTestBroker.startOn(KAFKA_PORT);

        try (EventTap tap = new EventTap(lateBroker.bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> !e.isEmpty(), Duration.ofSeconds(60));
            assertThat(events).extracting(EventEnvelope::type).containsExactly("InitiativeCreated");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(waitingForKafka(id)).isEmpty());
    }

    private List<Document> waitingForKafka(String id) {
        return mongo.find(Query.query(Criteria.where("key").is(id)), Document.class, "outbox_events");
    }

    private List<Document> pendingEvents(String id) {
        Document initiative = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "initiatives");
        return initiative.getList("outbox", Document.class, List.of());
    }
}
