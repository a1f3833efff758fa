package org.backboneplanner.worksheet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * What worksheet-service needs of MongoDB and Kafka, run against each kind of server: the embedded
 * ones here, real MongoDB and Kafka containers where Docker exists.
 */
interface PersistenceAndMessagingBehaviour {

    ApiClient api(String token);

    String kafkaBootstrapServers();

    private String network() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    default void changesAreStoredAndPublishedInOrderWithIncreasingSequencesKeyedByInitiative() {
        String network = network();
        ApiClient alice = api(TestServers.tokens().token("alice", network));
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .json().get("id").asString();
        String worksheet = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/";
        alice.patch(worksheet + "POLICY", Map.of("strengths", List.of("Élus engagés")),
                Map.of("If-Match", alice.get(worksheet + "POLICY").header("ETag")));
        var step = alice.post(worksheet + "POLICY/next-steps",
                Map.of("title", "Rencontrer la MRC", "owner", Map.of(), "dueDate", LocalDate.now().plusDays(10).toString()));
        alice.patch(worksheet + "POLICY/next-steps/" + step.json().get("id").asString(),
                Map.of("dueDate", LocalDate.now().plusDays(20).toString()), Map.of("If-Match", step.header("ETag")));

        var stored = alice.get("/api/networks/" + network + "/initiatives/" + id + "/worksheet").json();
        assertThat(stored.get("roles").get(4).get("strengths").get(0).asString()).isEqualTo("Élus engagés");
        assertThat(stored.get("roles").get(4).get("nextSteps").get(0).get("dueDate").asString())
                .isEqualTo(LocalDate.now().plusDays(20).toString());
        try (EventTap tap = new EventTap(kafkaBootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() >= 4, Duration.ofSeconds(30));

            assertThat(events).extracting(EventEnvelope::type)
                    .containsExactly("InitiativeCreated", "RoleUpdated", "NextStepScheduled", "NextStepUpdated");
            assertThat(events).extracting(EventEnvelope::sequence).containsExactly(1L, 2L, 3L, 4L);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.networkId()).isEqualTo(network);
                assertThat(e.initiativeId()).isEqualTo(id);
                assertThat(e.actor()).isEqualTo("alice");
            });
            assertThat(((RoleUpdated) events.get(1).payload()).strengths()).containsExactly("Élus engagés");
            assertThat(((NextStepScheduled) events.get(2).payload()).step().title()).isEqualTo("Rencontrer la MRC");
            assertThat(((NextStepUpdated) events.get(3).payload()).changed()).containsExactly("dueDate");
            assertThat(tap.records(id)).allSatisfy(r -> assertThat(r.key()).isEqualTo(id));
        }
    }

    @Test
    default void ofTwoConcurrentWritersOfOneRowOneWinsAndTheOtherGets412() {
        String network = network();
        ApiClient alice = api(TestServers.tokens().token("alice", network));
        ApiClient bob = api(TestServers.tokens().token("bob", network));
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .json().get("id").asString();
        alice.post("/api/networks/" + network + "/initiatives/" + id + "/members",
                Map.of("email", "bob@example.org", "name", "Bob", "role", "PARTNER"));
        String row = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/RESOURCES";
        bob.get(row); // bob's first visit with the invited address makes him a member
        String etag = alice.get(row).header("ETag");

        var byAlice = CompletableFuture.supplyAsync(() -> alice.patch(row, Map.of("strengths", List.of("Alice")),
                Map.of("If-Match", etag)));
        var byBob = CompletableFuture.supplyAsync(() -> bob.patch(row, Map.of("strengths", List.of("Bob")),
                Map.of("If-Match", etag)));

        List<Integer> statuses = List.of(byAlice.join().status(), byBob.join().status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        String winner = byAlice.join().status() == 200 ? "Alice" : "Bob";
        assertThat(alice.get(row).json().get("strengths").get(0).asString()).isEqualTo(winner);
    }

    @Test
    default void writesToDifferentRowsAtTheSameTimeBothLand() {
        String network = network();
        ApiClient alice = api(TestServers.tokens().token("alice", network));
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .json().get("id").asString();
        String rows = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/";
        List<String> roles = List.of("VISION_STRATEGY", "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES",
                "COMMUNITY_ENGAGEMENT", "POLICY", "RESOURCES");
        Map<String, String> etags = new java.util.HashMap<>();
        roles.forEach(r -> etags.put(r, alice.get(rows + r).header("ETag")));

        List<CompletableFuture<Integer>> writes = roles.stream().map(r -> CompletableFuture.supplyAsync(() ->
                alice.patch(rows + r, Map.of("strengths", List.of("force " + r)), Map.of("If-Match", etags.get(r)))
                        .status())).toList();

        assertThat(writes.stream().map(CompletableFuture::join)).containsOnly(200);
        var worksheet = alice.get("/api/networks/" + network + "/initiatives/" + id + "/worksheet").json();
        for (int i = 0; i < roles.size(); i++) {
            assertThat(worksheet.get("roles").get(i).get("strengths").get(0).asString()).isEqualTo("force " + roles.get(i));
        }
    }
}
