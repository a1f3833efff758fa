package org.backboneplanner.worksheet.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Adopting the worksheet as named versions, working on in the draft, and comparing any two. */
class VersionsTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
    }

    private void strengths(String role, String... items) {
        String row = initiative + "/worksheet/roles/" + role;
        alice.patch(row, Map.of("strengths", List.of(items)), Map.of("If-Match", alice.get(row).header("ETag")));
    }

    private String adopt(String name) {
        Response adopted = alice.post(initiative + "/worksheet/versions", Map.of("name", name));
        assertThat(adopted.status()).isEqualTo(201);
        return adopted.json().get("id").asString();
    }

    @Test
    void anAdoptedVersionStaysAsItWasWhileTheDraftMovesOn() {
        strengths("POLICY", "Élus engagés");
        String v1 = adopt("Plan 2026–2029");

        strengths("POLICY", "Élus engagés", "Appui de la MRC");

        JsonNode version = alice.get(initiative + "/worksheet/versions/" + v1).json();
        assertThat(version.get("roles").get(4).get("strengths").size()).isEqualTo(1);
        assertThat(version.get("canEdit").asBoolean()).isFalse();
        assertThat(alice.get(initiative + "/worksheet").json().get("roles").get(4).get("strengths").size()).isEqualTo(2);
        assertThat(alice.get(initiative + "/worksheet").json().get("basedOnVersionId").asString()).isEqualTo(v1);
        JsonNode versions = alice.get(initiative + "/worksheet/versions").json().get("items");
        assertThat(versions.get(0).get("name").asString()).isEqualTo("Plan 2026–2029");
        assertThat(versions.get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void comparingTwoVersionsTellsWhatWasAddedRemovedAndChangedPerRole() {
        strengths("POLICY", "Élus engagés", "Lien avec la santé publique");
        String step = alice.post(initiative + "/worksheet/roles/RESOURCES/next-steps", Map.of("title", "Demande au fonds",
                "owner", Map.of(), "dueDate", LocalDate.now().plusMonths(3).toString())).header("Location");
        String v1 = adopt("Plan 2026–2029");

        strengths("POLICY", "Élus engagés", "Appui de la MRC");
        alice.patch(step, Map.of("status", "DONE"), Map.of("If-Match", alice.get(initiative + "/worksheet").json()
                .get("roles").get(5).get("nextSteps").get(0).get("etag").asString()));
        alice.post(initiative + "/worksheet/roles/VISION_STRATEGY/next-steps", Map.of("title", "Forum annuel",
                "owner", Map.of(), "dueDate", LocalDate.now().plusMonths(8).toString()));
        String v2 = adopt("Plan révisé 2027");

        JsonNode comparison = alice.get(initiative + "/worksheet/versions/compare?from=" + v1 + "&to=" + v2).json();

        assertThat(comparison.get("unchanged").asBoolean()).isFalse();
        JsonNode policy = comparison.get("roles").get(4);
        assertThat(policy.get("key").asString()).isEqualTo("POLICY");
        assertThat(policy.get("strengthsAdded").valueStream().map(JsonNode::asString)).containsExactly("Appui de la MRC");
        assertThat(policy.get("strengthsRemoved").valueStream().map(JsonNode::asString))
                .containsExactly("Lien avec la santé publique");
        JsonNode resources = comparison.get("roles").get(5).get("nextSteps");
        assertThat(resources.get("changed").get(0).get("fields").valueStream().map(JsonNode::asString)).contains("status");
        assertThat(comparison.get("roles").get(0).get("nextSteps").get("added").get(0).asString()).isEqualTo("Forum annuel");
        assertThat(comparison.get("roles").get(1).get("strengthsAdded").size()).isZero();

        JsonNode sameAsDraft = alice.get(initiative + "/worksheet/versions/compare?from=" + v2 + "&to=current").json();
        assertThat(sameAsDraft.get("unchanged").asBoolean()).isTrue();
    }

    @Test
    void onlyCoordinatorsAdoptAndNamesAreUnique() {
        adopt("Plan 2026–2029");
        assertThat(alice.post(initiative + "/worksheet/versions", Map.of("name", "plan 2026–2029")).status()).isEqualTo(409);

        alice.post(initiative + "/members", Map.of("email", "paul@example.org", "name", "Paul", "role", "PARTNER"));
        ApiClient paul = api(tokens().token("paul", network));
        assertThat(paul.post(initiative + "/worksheet/versions", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(alice.get(initiative + "/worksheet/versions/nope").status()).isEqualTo(404);
        assertThat(alice.get(initiative + "/worksheet/versions/compare?from=nope").status()).isEqualTo(404);
        assertThat(alice.get(initiative + "/worksheet/versions").json().get("items").valueStream()
                .map(v -> v.get("name").asString())).containsExactly("Plan 2026–2029");
    }
}
