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

import tools.jackson.databind.JsonNode;

/**
 * A worksheet like the seed's, written by alice through the API for the debrief to read: influencing policy rests on
 * a single partner (a city) with more weaknesses than strengths and a step planned beyond a year; two funders pool
 * money for it, 90 % of it from one (Herfindahl 0.82); alice rates the role 2. {@code debrief} is the debrief as it
 * reads once it has heard of both resources and the rating.
 */
record SeedLikeInitiative(String path, String name, String funder, JsonNode debrief) {

    /** Writes one, named {@code prefix} and a short random suffix, as is its funder, so each run finds its own. */
    static SeedLikeInitiative write(RunningSystem system, String prefix) {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String funder = "Fondation " + suffix;
        String name = prefix + " " + suffix;
        String network = "/api/networks/" + SampleInitiative.NETWORK;
        String fund = alice.post(network + "/partners", Map.of("name", funder, "kind", "FUNDER"))
                .json().get("id").asString();
        String ville = alice.post(network + "/partners", Map.of("name", "Ville " + suffix,
                "kind", "MUNICIPALITY")).json().get("id").asString();
        String initiative = alice.post(network + "/initiatives", Map.of("name", name)).header("Location");
        String policy = initiative + "/worksheet/roles/POLICY";
        // worksheet-service hears of the partners through their events
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
            return view[0].at("/analytics/pooling/concentration/0/contributors").asInt() == 2
                    && view[0].at("/selfAssessment/roles/4/count").asInt() == 1;
        });
        return new SeedLikeInitiative(initiative, name, funder, view[0]);
    }

    /** The debrief's talking point of this code. */
    JsonNode talkingPoint(String code) {
        return debrief.get("talkingPoints").valueStream().filter(p -> p.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }
}
