package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A coordinator fills a worksheet like the seed's and pools resources through the gateway with real Keycloak
 * tokens ({@link SeedLikeInitiative}); the debrief and the network dashboard show figures that match what was entered.
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
        SeedLikeInitiative initiative = SeedLikeInitiative.write(system, "Bilan");

        JsonNode analytics = initiative.debrief().get("analytics");
        assertThat(analytics.at("/carrying/roles/4/cover").asString()).isEqualTo("SINGLE_CARRIER");
        assertThat(analytics.at("/carrying/roles/4/balance").asString()).isEqualTo("MORE_WEAKNESSES");
        assertThat(analytics.at("/planning/roles/4/plannedBeyondTwelveMonths").asBoolean()).isTrue();
        assertThat(analytics.at("/pooling/roles/4/securedMoney/0/amount").decimalValue()).isEqualByComparingTo("90000");
        assertThat(analytics.at("/pooling/roles/4/proposedMoney/0/amount").decimalValue()).isEqualByComparingTo("10000");
        assertThat(analytics.at("/pooling/concentration/0/largestShare").asDouble()).isEqualTo(0.9);
        assertThat(analytics.at("/pooling/concentration/0/herfindahl").asDouble()).isEqualTo(0.82);
        assertThat(initiative.debrief().at("/selfAssessment/roles/4/average").asDouble()).isEqualTo(2.0);
        assertThat(initiative.debrief().get("talkingPoints").valueStream().map(p -> p.get("code").asString()))
                .contains("single-carrier", "concentrated");
        assertThat(initiative.talkingPoint("concentrated").get("textEn").asString())
                .startsWith(initiative.funder() + " gives 90 %");

        JsonNode row = alice.get("/api/networks/monteregie/dashboard").json().get("initiatives").valueStream()
                .filter(r -> r.get("name").asString().equals(initiative.name())).findFirst().orElseThrow();
        // POLICY: one carrier 1 + pooled 1 + planned beyond a year 1; RESOURCES: pooled 1: 4 of 24
        assertThat(row.get("coverageScore").asInt()).isEqualTo(17);
        Response csv = alice.get("/api/networks/monteregie/dashboard/export?lang=en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(initiative.name() + ",emerging,17,");
    }
}
