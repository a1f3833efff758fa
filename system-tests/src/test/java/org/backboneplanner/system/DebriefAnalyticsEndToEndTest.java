package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A coordinator fills a worksheet like the seed's and pools resources through the gateway with real Keycloak
 * tokens; the debrief and the network dashboard show figures that match what was entered.
 */
class DebriefAnalyticsEndToEndTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void theDebriefAndTheDashboardMatchWhatAliceEntered() {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String fund = alice.post("/api/networks/monteregie/partners", Map.of("name", "Fondation " + suffix,
                "kind", "FUNDER")).json().get("id").asString();
        String ville = alice.post("/api/networks/monteregie/partners", Map.of("name", "Ville " + suffix,
                "kind", "MUNICIPALITY")).json().get("id").asString();
        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Bilan " + suffix))
                .header("Location");
        String policy = initiative + "/worksheet/roles/POLICY";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.patch(policy,
                Map.of("carriers", List.of(Map.of("kind", "PARTNER", "partnerId", ville)),
                        "strengths", List.of("Élus proches"), "weaknesses", List.of("Peu de temps", "Aucun budget")),
                Map.of("If-Match", alice.get(policy).header("ETag"))).status() == 200);
        assertThat(alice.post(policy + "/next-steps", Map.of("title", "Rencontrer le conseil", "owner", Map.of(),
                "dueDate", LocalDate.now().plusMonths(18).toString(), "horizon", "MEDIUM")).status()).isEqualTo(201);
        String resources = initiative + "/pooled-resources";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(resources).status() == 200);
        Response big = alice.post(resources, Map.of("partnerId", fund, "kind", "FUNDING", "description", "Fonds",
                "amount", 90000, "unit", "CAD", "roles", List.of("POLICY", "RESOURCES")));
        alice.send("PUT", big.header("Location") + "/status", Map.of("status", "COMMITTED"),
                Map.of("If-Match", big.header("ETag")));
        alice.post(resources, Map.of("partnerId", ville, "kind", "FUNDING", "description", "Appui", "amount", 10000,
                "unit", "CAD", "roles", List.of("POLICY")));
        String debrief = initiative + "/debrief";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(debrief).status() == 200);
        Response rated = alice.send("PUT", debrief + "/self-assessment/POLICY", Map.of("score", 2, "why",
                "Un seul porteur"), Map.of("If-Match", alice.get(debrief + "/self-assessment").json()
                .at("/mine/4/etag").asString()));
        assertThat(rated.status()).isEqualTo(200);

        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            view[0] = alice.get(debrief).json();
            return view[0].at("/analytics/pooling/concentration/0/contributors").asInt() == 2;
        });
        JsonNode analytics = view[0].get("analytics");
        assertThat(analytics.at("/carrying/roles/4/cover").asString()).isEqualTo("SINGLE_CARRIER");
        assertThat(analytics.at("/carrying/roles/4/balance").asString()).isEqualTo("MORE_WEAKNESSES");
        assertThat(analytics.at("/planning/roles/4/plannedBeyondTwelveMonths").asBoolean()).isTrue();
        assertThat(analytics.at("/pooling/roles/4/securedMoney/0/amount").decimalValue()).isEqualByComparingTo("90000");
        assertThat(analytics.at("/pooling/roles/4/proposedMoney/0/amount").decimalValue()).isEqualByComparingTo("10000");
        assertThat(analytics.at("/pooling/concentration/0/largestShare").asDouble()).isEqualTo(0.9);
        assertThat(analytics.at("/pooling/concentration/0/herfindahl").asDouble()).isEqualTo(0.82);
        assertThat(view[0].at("/selfAssessment/roles/4/average").asDouble()).isEqualTo(2.0);
        assertThat(view[0].get("talkingPoints").valueStream().map(p -> p.get("code").asString()))
                .contains("single-carrier", "concentrated");
        assertThat(view[0].get("talkingPoints").valueStream().filter(p -> p.get("code").asString().equals("concentrated"))
                .findFirst().orElseThrow().get("textEn").asString()).startsWith("Fondation " + suffix + " gives 90 %");

        JsonNode row = alice.get("/api/networks/monteregie/dashboard").json().get("initiatives").valueStream()
                .filter(r -> r.get("name").asString().equals("Bilan " + suffix)).findFirst().orElseThrow();
        // POLICY: one carrier 1 + pooled 1 + planned beyond a year 1; RESOURCES: pooled 1: 4 of 24
        assertThat(row.get("coverageScore").asInt()).isEqualTo(17);
        Response csv = alice.get("/api/networks/monteregie/dashboard/export?lang=en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Bilan " + suffix + ",EMERGING,17,");
    }
}
