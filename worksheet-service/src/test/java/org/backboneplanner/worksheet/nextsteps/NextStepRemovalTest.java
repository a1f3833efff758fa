package org.backboneplanner.worksheet.nextsteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepsReordered;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Removing a next step (with what undoing it takes), restoring it where it was with its history, and putting
 * a role's steps in an order the members choose; each is an event other services follow.
 */
class NextStepRemovalTest extends ServiceIntegrationTest {

    private ApiClient alice;
    private ApiClient guest;
    private String initiative;
    private String initiativeId;
    private String row;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        alice = api(tokens().token("alice", network));
        guest = api(tokens().token("gaston", network));
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
        initiativeId = initiative.substring(initiative.lastIndexOf('/') + 1);
        alice.post(initiative + "/members", Map.of("email", "gaston@example.org", "name", "Gaston", "role", "GUEST"));
        assertThat(guest.get(initiative).status()).isEqualTo(200);
        row = initiative + "/worksheet/roles/RESOURCES";
    }

    private Response plan(String title) {
        Response created = alice.post(row + "/next-steps", Map.of("title", title, "owner", Map.of(),
                "dueDate", LocalDate.now().plusMonths(3).toString()));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private List<String> titles() {
        return alice.get(row).json().get("nextSteps").valueStream().map(s -> s.get("title").asString()).toList();
    }

    private Response delete(String path, String etag) {
        return alice.send("DELETE", path, null, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    @Test
    void stepsRemovedLatelyAreListedWithWhatRestoringThemTakesUntilTheyAreBack() {
        Response first = plan("Premier");
        Response second = plan("Deuxième");
        delete(first.header("Location"), first.header("ETag"));
        delete(second.header("Location"), second.header("ETag"));

        // after a reload, or on another member's screen: what can still be restored, the latest first
        Response listed = guest.get(initiative + "/worksheet/removed-steps");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(r -> r.at("/step/title").asString()).toList())
                .containsExactly("Deuxième", "Premier");
        JsonNode latest = listed.json().get(0);
        assertThat(latest.get("restore").asString()).endsWith("/next-steps/" + second.json().get("id").asString() + "/restore");
        assertThat(Instant.parse(latest.get("restorableUntil").asString())).isAfter(Instant.now());

        Response restored = alice.send("POST", latest.get("restore").asString(), null,
                Map.of("If-Match", latest.at("/step/etag").asString()));
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(alice.get(initiative + "/worksheet/removed-steps").json().valueStream()
                .map(r -> r.at("/step/title").asString()).toList()).containsExactly("Premier");
        assertThat(api(tokens().token("mallory", newNetwork())).get(initiative + "/worksheet/removed-steps").status())
                .isEqualTo(404);
    }

    @Test
    void aRemovedStepLeavesTheWorksheetAndComesBackWhereItWasWithItsHistory() {
        plan("Premier");
        Response second = plan("Deuxième");
        plan("Troisième");
        String id = second.json().get("id").asString();
        Response changed = alice.patch(second.header("Location"), Map.of("status", "DOING"),
                Map.of("If-Match", second.header("ETag")));

        assertThat(delete(second.header("Location"), null).status()).isEqualTo(428);
        assertThat(delete(second.header("Location"), second.header("ETag")).status()).isEqualTo(412);
        Response removed = delete(second.header("Location"), changed.header("ETag"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(titles()).containsExactly("Premier", "Troisième");
        JsonNode undo = removed.json();
        assertThat(undo.get("step").get("id").asString()).isEqualTo(id);
        assertThat(undo.get("position").asInt()).isEqualTo(1);
        assertThat(Instant.parse(undo.get("restorableUntil").asString())).isAfter(Instant.now());
        assertThat(undo.get("restore").asString()).isEqualTo(second.header("Location") + "/restore");
        assertThat(removed.header("ETag")).isEqualTo(undo.get("step").get("etag").asString());
        assertThat(alice.patch(second.header("Location"), Map.of("title", "x"), Map.of("If-Match", removed.header("ETag")))
                .status()).as("a removed step is not there to change").isEqualTo(404);

        assertThat(alice.send("POST", undo.get("restore").asString(), null, Map.of("If-Match", changed.header("ETag")))
                .status()).as("restored from the tag its removal answered").isEqualTo(412);
        Response restored = alice.send("POST", undo.get("restore").asString(), null,
                Map.of("If-Match", removed.header("ETag")));

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asString()).isEqualTo(id);
        assertThat(restored.json().get("status").asString()).isEqualTo("DOING");
        assertThat(titles()).containsExactly("Premier", "Deuxième", "Troisième");
        assertThat(alice.send("POST", undo.get("restore").asString(), null, Map.of("If-Match", restored.header("ETag")))
                .status()).as("restored once").isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alice.get(initiative
                + "/worksheet/history?stepId=" + id).json().get("items").valueStream().map(e -> e.get("type").asString()))
                .containsExactly("NextStepRestored", "NextStepRemoved", "NextStepUpdated", "NextStepScheduled"));
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(initiativeId, all -> all.stream()
                    .anyMatch(e -> e.payload() instanceof NextStepRestored), Duration.ofSeconds(20));
            NextStepRemoved event = events.stream().map(EventEnvelope::payload).filter(NextStepRemoved.class::isInstance)
                    .map(NextStepRemoved.class::cast).findFirst().orElseThrow();
            assertThat(event.step().stepId()).isEqualTo(id);
            assertThat(event.step().owner().memberId()).isEqualTo("alice");
        }
    }

    @Test
    void aGuestNeitherRemovesNorRestoresNorOrders() {
        Response step = plan("Premier");

        assertThat(guest.send("DELETE", step.header("Location"), null, Map.of("If-Match", step.header("ETag"))).status())
                .isEqualTo(403);
        assertThat(guest.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(step.json().get("id")
                .asString())), Map.of("If-Match", alice.get(row).header("ETag"))).status()).isEqualTo(403);
        Response removed = delete(step.header("Location"), step.header("ETag"));
        assertThat(guest.send("POST", step.header("Location") + "/restore", null,
                Map.of("If-Match", removed.header("ETag"))).status()).isEqualTo(403);
        assertThat(titles()).isEmpty();
    }

    @Test
    void theMembersSetTheOrderOfARolesStepsAndTheWorksheetAnswersThemSo() {
        String a = plan("A").json().get("id").asString();
        String b = plan("B").json().get("id").asString();
        String c = plan("C").json().get("id").asString();
        String rowTag = alice.get(row).header("ETag");

        assertThat(alice.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(c, a, b)), Map.of()).status())
                .isEqualTo(428);
        Response ordered = alice.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(c, a, b)),
                Map.of("If-Match", rowTag));

        assertThat(ordered.status()).isEqualTo(200);
        assertThat(ordered.json().get("nextSteps").valueStream().map(s -> s.get("title").asString()))
                .containsExactly("C", "A", "B");
        assertThat(ordered.header("ETag")).isNotEqualTo(rowTag);
        assertThat(alice.get(initiative + "/worksheet").json().get("roles").get(5).get("nextSteps").valueStream()
                .map(s -> s.get("title").asString())).containsExactly("C", "A", "B");
        assertThat(alice.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(a, b, c)),
                Map.of("If-Match", rowTag)).status()).as("from a stale row").isEqualTo(412);
        Response missing = alice.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(a, b)),
                Map.of("If-Match", ordered.header("ETag")));
        assertThat(missing.status()).isEqualTo(409);
        assertThat(titles()).containsExactly("C", "A", "B");
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            NextStepsReordered event = tap.awaitEvents(initiativeId, all -> all.stream()
                            .anyMatch(e -> e.payload() instanceof NextStepsReordered), Duration.ofSeconds(20)).stream()
                    .map(EventEnvelope::payload).filter(NextStepsReordered.class::isInstance)
                    .map(NextStepsReordered.class::cast).findFirst().orElseThrow();
            assertThat(event.stepIds()).containsExactly(c, a, b);
            assertThat(event.before()).containsExactly(a, b, c);
        }
    }

    @Test
    void aRestoredStepReturnsWhereItStoodInTheNewOrder() {
        String a = plan("A").json().get("id").asString();
        Response bStep = plan("B");
        String c = plan("C").json().get("id").asString();
        Response removed = delete(bStep.header("Location"), bStep.header("ETag"));

        alice.send("PUT", row + "/next-steps/order", Map.of("stepIds", List.of(c, a)),
                Map.of("If-Match", alice.get(row).header("ETag")));
        alice.send("POST", bStep.header("Location") + "/restore", null, Map.of("If-Match", removed.header("ETag")));

        assertThat(titles()).containsExactly("C", "B", "A");
    }
}
