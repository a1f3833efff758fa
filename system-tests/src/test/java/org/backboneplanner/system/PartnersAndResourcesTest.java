package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Through the gateway with real Keycloak tokens: carol imports Estrie's partners from a CSV; alice
 * searches Montérégie's directory, names partners as role carriers, pools resources for an initiative
 * and sees the totals per role.
 */
class PartnersAndResourcesTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void carolImportsEstriesPartnersFromACsv() {
        ApiClient carol = new ApiClient(system.gatewayUrl(), system.token("carol"));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,kind,sectors,territory,contact_name,contact_email\r\n"
                + "CIUSSS de l'Estrie " + suffix + ",HEALTH_INSTITUTION,santé,Estrie,Nadia Côté,n.cote@ciusss.example\r\n"
                + "Ville de Sherbrooke " + suffix + ",MUNICIPALITY,,Sherbrooke,,\r\n";

        Response imported = carol.send("POST", "/api/networks/estrie/partners/import", csv,
                Map.of("Content-Type", "text/csv"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(carol.get("/api/networks/estrie/partners?q=" + suffix).json().get("total").asLong()).isEqualTo(2);
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        assertThat(alice.send("POST", "/api/networks/monteregie/partners/import", csv, Map.of("Content-Type", "text/csv"))
                .status()).isEqualTo(403);
    }

    @Test
    void aliceSearchesNamesCarriersPoolsResourcesAndSeesTotalsPerRole() {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String fund = alice.post("/api/networks/monteregie/partners", Map.of("name", "Fondation Montérégie " + suffix,
                "kind", "FUNDER", "territory", "Montérégie")).json().get("id").asString();
        alice.post("/api/networks/monteregie/partners", Map.of("name", "Ville de Saint-Jean " + suffix,
                "kind", "MUNICIPALITY"));

        JsonNode found = alice.get("/api/networks/monteregie/partners?q=fondation%20" + suffix).json();
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(fund);
        ApiClient carol = new ApiClient(system.gatewayUrl(), system.token("carol"));
        assertThat(carol.get("/api/networks/monteregie/partners").status()).isEqualTo(404);

        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Sécurité alimentaire"))
                .header("Location");
        String row = initiative + "/worksheet/roles/RESOURCES";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.patch(row,
                Map.of("carriers", List.of(Map.of("kind", "PARTNER", "partnerId", fund))),
                Map.of("If-Match", alice.get(row).header("ETag"))).status() == 200);
        String resources = initiative + "/pooled-resources";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(resources).status() == 200);

        Response grant = alice.post(resources, Map.of("partnerId", fund, "kind", "FUNDING", "description",
                "Fonds de démarrage", "amount", 25000, "unit", "CAD", "roles", List.of("RESOURCES", "VISION_STRATEGY")));
        assertThat(grant.status()).isEqualTo(201);
        assertThat(alice.send("PUT", grant.header("Location") + "/status", Map.of("status", "COMMITTED"),
                Map.of("If-Match", grant.header("ETag"))).status()).isEqualTo(200);

        JsonNode totals = alice.get(resources + "/totals").json();
        assertThat(totals.get("byRole").get(5).get("secured").get("money").get("CAD").decimalValue())
                .isEqualByComparingTo("25000");
        assertThat(totals.get("byRole").get(0).get("secured").get("money").get("CAD").decimalValue())
                .isEqualByComparingTo("25000");
        assertThat(totals.get("byRole").get(2).get("secured").get("resources").asInt()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                alice.get(initiative + "/debrief").json().get("rolesWithResources").asInt() == 2);
    }
}
