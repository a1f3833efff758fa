package org.backboneplanner.partner.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Resources pooled for the whole network rather than one initiative: any member of the network proposes
 * one and reads them all; only its proposer or a network administrator changes or moves it on.
 */
class NetworkResourcesTest extends ServiceIntegrationTest {

    private String network;
    private String resources;
    private String city;
    private ApiClient alice;
    private ApiClient dora;
    private ApiClient carol;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        resources = "/api/networks/" + network + "/pooled-resources";
        alice = api(tokens().token("alice", network));
        dora = api(tokens().token("dora", network));
        carol = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        city = alice.post("/api/networks/" + network + "/partners", Map.of("name", "Ville", "kind", "MUNICIPALITY"))
                .json().get("id").asString();
    }

    private Response pool(ApiClient as, String description) {
        return as.post(resources, Map.of("partnerId", city, "kind", "FUNDING", "description", description,
                "amount", 1000, "unit", "CAD"));
    }

    private JsonNode reread(Response created) {
        return alice.get(created.header("Location")).json().get("resource");
    }

    @Test
    void anyMemberPoolsForTheNetworkAndEveryMemberReadsIt() {
        Response pooled = pool(alice, "Fonds régional de démarrage");

        assertThat(pooled.status()).isEqualTo(201);
        assertThat(pooled.header("Location")).isEqualTo(resources + "/" + pooled.json().get("id").asString());
        assertThat(pooled.json().get("resource").get("initiativeId").isNull()).isTrue();
        assertThat(pool(dora, "Agente de liaison régionale").status()).isEqualTo(201);
        assertThat(dora.get(resources).json().valueStream().map(r -> r.get("resource").get("description").asString()))
                .containsExactlyInAnyOrder("Fonds régional de démarrage", "Agente de liaison régionale");
        assertThat(dora.get(pooled.header("Location")).status()).isEqualTo(200);
        String outside = newNetwork();
        ApiClient mallory = api(tokens().token("mallory", outside));
        assertThat(mallory.get(resources).status()).isEqualTo(404);
        assertThat(mallory.get(pooled.header("Location")).status()).isEqualTo(404);
    }

    @Test
    void onlyItsProposerOrAnAdministratorChangesANetworkResource() {
        Response pooled = pool(alice, "Fonds régional");
        String resource = pooled.header("Location");

        Response changedByOther = dora.patch(resource, Map.of("amount", 1), Map.of("If-Match", pooled.header("ETag")));
        Response movedByOther = dora.send("PUT", resource + "/status", Map.of("status", "WITHDRAWN"),
                Map.of("If-Match", pooled.header("ETag")));

        assertThat(changedByOther.status()).isEqualTo(403);
        assertThat(changedByOther.json().get("detail").asString()).contains("proposer or an administrator");
        assertThat(movedByOther.status()).isEqualTo(403);
        assertThat(reread(pooled).get("amount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(reread(pooled).get("status").asString()).isEqualTo("PROPOSED");

        Response changedByProposer = alice.patch(resource, Map.of("amount", 1500), Map.of("If-Match", pooled.header("ETag")));
        Response movedByAdministrator = carol.send("PUT", resource + "/status", Map.of("status", "COMMITTED"),
                Map.of("If-Match", changedByProposer.header("ETag")));

        assertThat(changedByProposer.status()).isEqualTo(200);
        assertThat(movedByAdministrator.status()).isEqualTo(200);
        assertThat(reread(pooled).get("amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(reread(pooled).get("status").asString()).isEqualTo("COMMITTED");
        assertThat(alice.get(resources + "/totals").json().get("secured").get("money").get("CAD").decimalValue())
                .isEqualByComparingTo("1500");
    }
}
