package org.backboneplanner.worksheet.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class InitiativeApiTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
    }

    @Test
    void creatingAnInitiativeAnswers201WithLocationAndItsWorksheetHasTheSixRolesInTheSeedsOrder() {
        Response created = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Petite enfance Haut-Richelieu", "description", "Ensemble pour les 0-5 ans"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/networks/" + network + "/initiatives/" + id);
        assertThat(created.json().get("name").asString()).isEqualTo("Petite enfance Haut-Richelieu");
        assertThat(created.json().get("createdBy").asString()).isEqualTo("alice");

        Response worksheet = alice.get("/api/networks/" + network + "/initiatives/" + id + "/worksheet");
        assertThat(worksheet.status()).isEqualTo(200);
        assertThat(worksheet.header("ETag")).isNotBlank();
        JsonNode roles = worksheet.json().get("roles");
        assertThat(roles.valueStream().map(r -> r.get("key").asString()).toList()).containsExactly(
                "VISION_STRATEGY", "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES", "COMMUNITY_ENGAGEMENT", "POLICY",
                "RESOURCES");
        assertThat(roles.get(0).get("labelFr").asString()).isEqualTo("Guider la vision et la stratégie d'ensemble");
        assertThat(roles.get(5).get("labelEn").asString()).isEqualTo("Mobilize resources");
        assertThat(roles.get(1).get("carriers").size()).isZero();
    }

    @Test
    void listsOnlyTheNetworksInitiativesAsAPage() {
        alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "One"));
        alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Two"));
        String other = newNetwork();
        api(tokens().token("dora", other)).post("/api/networks/" + other + "/initiatives", Map.of("name", "Elsewhere"));

        Response list = alice.get("/api/networks/" + network + "/initiatives?size=10");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(2);
        assertThat(list.json().get("items").valueStream().map(i -> i.get("name").asString()).toList())
                .containsExactlyInAnyOrder("One", "Two");
        assertThat(list.json().get("page").asInt()).isZero();
        assertThat(list.json().get("size").asInt()).isEqualTo(10);
    }

    @Test
    void aMemberOfAnotherNetworkGets404ForTheNetworkAndItsInitiative() {
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Secret"))
                .json().get("id").asString();
        ApiClient outsider = api(tokens().token("mallory", newNetwork()));

        assertThat(outsider.get("/api/networks/" + network + "/initiatives").status()).isEqualTo(404);
        Response worksheet = outsider.get("/api/networks/" + network + "/initiatives/" + id + "/worksheet");
        assertThat(worksheet.status()).isEqualTo(404);
        assertThat(worksheet.contentType()).startsWith("application/problem+json");
        assertThat(outsider.post("/api/networks/" + network + "/initiatives", Map.of("name", "Intrusion")).status())
                .isEqualTo(404);
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anInitiativeIdFromAnotherNetworkIsNotFoundEvenForAMemberOfBoth() {
        String other = newNetwork();
        ApiClient bob = api(tokens().token("bob", network, other));
        String id = bob.post("/api/networks/" + network + "/initiatives", Map.of("name", "Here")).json().get("id")
                .asString();

        assertThat(bob.get("/api/networks/" + other + "/initiatives/" + id).status()).isEqualTo(404);
        assertThat(bob.get("/api/networks/" + network + "/initiatives/" + id).status()).isEqualTo(200);
    }

    @Test
    void missingNameIsAProblemWithFieldErrors() {
        Response response = alice.post("/api/networks/" + network + "/initiatives", Map.of("description", "no name"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
    }

    @Test
    void malformedJsonIsA400Problem() {
        Response response = alice.post("/api/networks/" + network + "/initiatives", "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("JSON");
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
    }

    @Test
    void overlongTextIsRefusedAndNothingIsStored() {
        Response response = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "x".repeat(201)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        Response response = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Big", "description", "x".repeat(300_000)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
    }

    @Test
    void aBadPageSizeIsA400Problem() {
        Response response = alice.get("/api/networks/" + network + "/initiatives?size=1000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
