package org.backboneplanner.worksheet.mysteps;

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

/**
 * "My steps": the open steps the caller owns across the initiatives of all their networks, overdue first,
 * and nothing of a network they are not in, nor of an initiative they may no longer read.
 */
class MyStepsTest extends ServiceIntegrationTest {

    private final LocalDate today = LocalDate.now();
    private String monteregie;
    private String estrie;
    private String gaspesie;
    private ApiClient alice;
    private ApiClient carol;

    @BeforeEach
    void setUp() {
        monteregie = newNetwork();
        estrie = newNetwork();
        gaspesie = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(monteregie, estrie)).sign());
        carol = api(tokens().of("carol").networks(List.of(monteregie, estrie, gaspesie)).sign());
    }

    private String initiative(ApiClient who, String network, String name, String visibility) {
        return who.post("/api/networks/" + network + "/initiatives", Map.of("name", name, "visibility", visibility,
                "startYear", today.getYear(), "endYear", today.getYear() + 2)).header("Location");
    }

    private String invite(ApiClient coordinator, String initiative, String email, ApiClient invitee) {
        coordinator.post(initiative + "/members", Map.of("email", email, "name", "x", "role", "PARTNER"));
        assertThat(invitee.get(initiative).status()).isEqualTo(200);
        return initiative;
    }

    private Response plan(ApiClient who, String initiative, String role, String title, LocalDate due, Object owner) {
        Response step = who.post(initiative + "/worksheet/roles/" + role + "/next-steps", Map.of("title", title,
                "owner", owner, "dueDate", due.toString()));
        assertThat(step.status()).isEqualTo(201);
        return step;
    }

    private List<String> myTitles(ApiClient who) {
        return who.get("/api/me/next-steps").json().get("items").valueStream().map(s -> s.get("title").asString())
                .toList();
    }

    @Test
    void theCallersOpenStepsOfEveryNetworkComeOverdueFirstThenSoonestDue() {
        String table = initiative(alice, monteregie, "Table Montérégie", "NETWORK");
        String other = initiative(alice, estrie, "Table Estrie", "MEMBERS");
        plan(alice, table, "POLICY", "Plus tard", today.plusMonths(6), Map.of());
        plan(alice, other, "RESOURCES", "Bientôt", today.plusDays(3), Map.of());
        plan(alice, table, "SHARED_MEASUREMENT", "En retard", today.minusDays(10), Map.of());
        Response done = plan(alice, other, "POLICY", "Déjà faite", today.plusDays(1), Map.of());
        alice.patch(done.header("Location"), Map.of("status", "DONE"), Map.of("If-Match", done.header("ETag")));
        invite(alice, table, "carol@example.org", carol);
        plan(carol, table, "POLICY", "À Carol", today.plusDays(2), Map.of());
        plan(carol, table, "POLICY", "Confiée à Alice", today.plusMonths(1), Map.of("memberId", "alice"));

        Response mine = alice.get("/api/me/next-steps");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(myTitles(alice)).containsExactly("En retard", "Bientôt", "Confiée à Alice", "Plus tard");
        assertThat(mine.json().get("total").asInt()).isEqualTo(4);
        JsonNode late = mine.json().get("items").get(0);
        assertThat(late.get("overdue").asBoolean()).isTrue();
        assertThat(late.get("networkId").asString()).isEqualTo(monteregie);
        assertThat(late.get("initiativeId").asString()).isEqualTo(table.substring(table.lastIndexOf('/') + 1));
        assertThat(late.get("initiativeName").asString()).isEqualTo("Table Montérégie");
        assertThat(late.get("role").asString()).isEqualTo("SHARED_MEASUREMENT");
        assertThat(late.get("dueDate").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(late.get("status").asString()).isEqualTo("TODO");
        assertThat(late.get("path").asString()).startsWith(table + "/worksheet/roles/SHARED_MEASUREMENT/next-steps/");
        JsonNode soon = mine.json().get("items").get(1);
        assertThat(soon.get("overdue").asBoolean()).isFalse();
        assertThat(soon.get("networkId").asString()).isEqualTo(estrie);
        assertThat(myTitles(carol)).containsExactly("À Carol");

        Response page = alice.get("/api/me/next-steps?page=1&size=3");
        assertThat(page.json().get("items").valueStream().map(s -> s.get("title").asString())).containsExactly("Plus tard");
        assertThat(page.json().get("total").asInt()).isEqualTo(4);
        assertThat(alice.get("/api/me/next-steps?size=101").status()).isEqualTo(400);
    }

    @Test
    void nothingOfANetworkTheCallerIsNotInNorOfAnInitiativeTheyMayNoLongerRead() {
        ApiClient aliceEverywhere = api(tokens().of("alice").networks(List.of(monteregie, estrie, gaspesie)).sign());
        String elsewhere = initiative(aliceEverywhere, gaspesie, "Table Gaspésie", "NETWORK");
        plan(aliceEverywhere, elsewhere, "POLICY", "Hors de mes réseaux", today.plusDays(5), Map.of());
        String closed = invite(carol, initiative(carol, monteregie, "Table fermée", "MEMBERS"), "alice@example.org",
                alice);
        plan(alice, closed, "POLICY", "Plus lisible", today.plusDays(5), Map.of());
        String open = invite(carol, initiative(carol, estrie, "Table ouverte", "NETWORK"), "alice@example.org",
                alice);
        plan(alice, open, "POLICY", "Encore lisible", today.plusDays(6), Map.of());
        assertThat(myTitles(aliceEverywhere)).containsExactly("Hors de mes réseaux", "Plus lisible", "Encore lisible");

        for (String initiative : List.of(closed, open)) {
            String membership = carol.get(initiative + "/members").json().get("items").valueStream()
                    .filter(m -> "alice".equals(m.get("memberId").asString())).findFirst().orElseThrow()
                    .get("id").asString();
            assertThat(carol.send("DELETE", initiative + "/members/" + membership, null, Map.of()).status())
                    .isEqualTo(204);
        }

        assertThat(alice.get(closed).status()).isEqualTo(404);
        assertThat(myTitles(alice)).as("the network left out of the token, the members-only initiative left")
                .containsExactly("Encore lisible");
    }
}
