package org.backboneplanner.worksheet.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Step 2: sharing roles and key tasks, pooling intentions, and a mature initiative's plans. */
class SharingTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;
    private String partnerId;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
        partnerId = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partnerId, 1, Instant.now(),
                    new EventEnvelope.Actor("carol", "Carol"), SampleEvents.partnerRegistered(partnerId, "Ville de Granby")));
        }
    }

    private Response shareResources(String etag, String partner) {
        return alice.send("PUT", initiative + "/worksheet/roles/RESOURCES/sharing", Map.of("shared", true,
                "tasks", List.of(Map.of("task", "Rédiger les demandes de financement", "partnerIds", List.of(partner)))),
                Map.of("If-Match", etag));
    }

    @Test
    void aRolesKeyTasksAreSharedWithPartnersOfTheDirectory() {
        String row = initiative + "/worksheet/roles/RESOURCES";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                shareResources(alice.get(row).header("ETag"), partnerId).status() == 200);

        var sharing = alice.get(row).json().get("sharing");
        assertThat(sharing.get("shared").asBoolean()).isTrue();
        assertThat(sharing.get("tasks").get(0).get("partnerNames").get(0).asString()).isEqualTo("Ville de Granby");
        Response unknown = shareResources(alice.get(row).header("ETag"), "not-a-partner");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks[0].partnerIds[0]");
        assertThat(alice.get(row).json().get("sharing").get("tasks").get(0).get("partnerIds").get(0).asString())
                .isEqualTo(partnerId);
    }

    @Test
    void poolingIntentionsAreWrittenWithTheirOwnEtag() {
        String etag = alice.get(initiative + "/worksheet").json().get("pooling").get("etag").asString();

        Response pooled = alice.send("PUT", initiative + "/worksheet/pooling", Map.of("intentions", List.of(
                Map.of("description", "Un local pour les rencontres citoyennes", "roles", List.of("COMMUNITY_ENGAGEMENT")),
                Map.of("description", "Une agente de liaison à temps partiel", "roles", List.of("ALIGNED_ACTIVITIES")))),
                Map.of("If-Match", etag));

        assertThat(pooled.status()).isEqualTo(200);
        assertThat(alice.get(initiative + "/worksheet").json().get("pooling").get("intentions").size()).isEqualTo(2);
        assertThat(alice.send("PUT", initiative + "/worksheet/pooling", Map.of("intentions", List.of()),
                Map.of("If-Match", etag)).status()).isEqualTo(412);
        assertThat(alice.get(initiative + "/worksheet").json().get("pooling").get("intentions").size()).isEqualTo(2);
    }

    @Test
    void successionAndSustainabilityPlansAreForMatureInitiativesAndHaveTheirOwnNextSteps() {
        var plan = alice.get(initiative + "/worksheet").json().get("plans").get(0);
        assertThat(plan.get("kind").asString()).isEqualTo("SUCCESSION");
        Response early = alice.send("PUT", initiative + "/worksheet/plans/SUCCESSION", Map.of("notes", "x"),
                Map.of("If-Match", plan.get("etag").asString()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("mature");
        JsonNode notes = alice.get(initiative + "/worksheet").json().get("plans").get(0).path("notes");
        assertThat(notes.isNull() || notes.isMissingNode()).as("nothing written").isTrue();

        alice.patch(initiative, Map.of("maturity", "MATURE"), Map.of("If-Match", alice.get(initiative).header("ETag")));
        Response written = alice.send("PUT", initiative + "/worksheet/plans/SUCCESSION",
                Map.of("notes", "Former deux personnes à la coordination d'ici 2028"),
                Map.of("If-Match", plan.get("etag").asString()));
        Response step = alice.post(initiative + "/worksheet/plans/SUSTAINABILITY/next-steps", Map.of(
                "title", "Diversifier les sources de financement", "owner", Map.of(),
                "dueDate", LocalDate.now().plusYears(2).toString()));

        assertThat(written.status()).isEqualTo(200);
        assertThat(step.status()).isEqualTo(201);
        assertThat(step.json().get("plan").asString()).isEqualTo("SUSTAINABILITY");
        assertThat(step.header("Location")).contains("/worksheet/plans/SUSTAINABILITY/next-steps/");
        var plans = alice.get(initiative + "/worksheet").json().get("plans");
        assertThat(plans.get(0).get("notes").asString()).startsWith("Former deux personnes");
        assertThat(plans.get(1).get("nextSteps").get(0).get("title").asString())
                .isEqualTo("Diversifier les sources de financement");
        assertThat(alice.patch(step.header("Location"), Map.of("status", "DOING"), Map.of("If-Match", step.header("ETag")))
                .json().get("status").asString()).isEqualTo("DOING");
        assertThat(alice.send("PUT", initiative + "/worksheet/plans/LEGACY", Map.of("notes", "x"), Map.of())
                .status()).isEqualTo(404);
    }
}
