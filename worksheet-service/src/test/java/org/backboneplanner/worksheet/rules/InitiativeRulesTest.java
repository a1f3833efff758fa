package org.backboneplanner.worksheet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** An initiative's rules as the caller gets them: what they may do, the status moves, horizon, enums, bounds. */
class InitiativeRulesTest extends ServiceIntegrationTest {

    private final int thisYear = LocalDate.now().getYear();
    private String network;
    private ApiClient alice;
    private String initiative;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table",
                "startYear", thisYear, "endYear", thisYear + 3)).header("Location");
    }

    private JsonNode rulesOf(ApiClient who) {
        var answer = who.get(initiative + "/rules");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private ApiClient member(String id, String role) {
        ApiClient client = api(tokens().token(id, network));
        alice.post(initiative + "/members", Map.of("email", id + "@example.org", "name", id, "role", role));
        assertThat(client.get(initiative).status()).isEqualTo(200);
        return client;
    }

    @Test
    void eachPartGetsTheActionsItMayTake() {
        JsonNode coordinator = rulesOf(alice);
        JsonNode partner = rulesOf(member("paul", "PARTNER"));
        JsonNode guest = rulesOf(member("gaston", "GUEST"));
        JsonNode reader = rulesOf(api(tokens().token("rita", network)));

        assertThat(coordinator.get("myRole").asString()).isEqualTo("COORDINATOR");
        assertThat(coordinator.at("/actions/manageMembers").asBoolean()).isTrue();
        assertThat(coordinator.at("/actions/adoptVersions").asBoolean()).isTrue();
        assertThat(coordinator.at("/actions/changeSteps").asBoolean()).isTrue();
        assertThat(coordinator.at("/actions/editPlans").asBoolean()).as("plans are for mature initiatives").isFalse();
        assertThat(partner.get("myRole").asString()).isEqualTo("PARTNER");
        assertThat(partner.at("/actions/editRows").asBoolean()).isTrue();
        assertThat(partner.at("/actions/changeSteps").asBoolean()).isTrue();
        assertThat(partner.at("/actions/manageMembers").asBoolean()).isFalse();
        assertThat(partner.at("/actions/describeInitiative").asBoolean()).isFalse();
        assertThat(guest.at("/actions/comment").asBoolean()).isTrue();
        assertThat(guest.at("/actions/changeSteps").asBoolean()).isFalse();
        assertThat(guest.at("/actions/editRows").asBoolean()).isFalse();
        assertThat(reader.get("myRole").isNull()).isTrue();
        assertThat(reader.at("/actions/read").asBoolean()).isTrue();
        assertThat(reader.at("/actions/comment").asBoolean()).isFalse();
        assertThat(api(tokens().token("rita", newNetwork())).get(initiative + "/rules").status()).isEqualTo(404);
    }

    @Test
    void aMatureInitiativesEditorsMayWriteItsPlans() {
        alice.patch(initiative, Map.of("maturity", "MATURE"), Map.of("If-Match", alice.get(initiative).header("ETag")));

        assertThat(rulesOf(alice).at("/actions/editPlans").asBoolean()).isTrue();
        assertThat(rulesOf(member("gaston", "GUEST")).at("/actions/editPlans").asBoolean()).isFalse();
    }

    @Test
    void theRulesCarryTheStatusMovesTheHorizonTheEnumsAndTheBounds() {
        JsonNode rules = rulesOf(alice);

        assertThat(rules.at("/statusMoves/DONE").valueStream().map(JsonNode::asString)).containsExactly("TODO", "DOING");
        assertThat(rules.at("/statusMoves/TODO").valueStream().map(JsonNode::asString))
                .containsExactly("DOING", "DONE", "DROPPED");
        assertThat(rules.at("/horizon/startYear").asInt()).isEqualTo(thisYear);
        assertThat(rules.at("/horizon/endYear").asInt()).isEqualTo(thisYear + 3);
        assertThat(rules.at("/horizon/latestDueDate").asString()).isEqualTo((thisYear + 8) + "-12-31");
        assertThat(rules.get("restoreWindowSeconds").asLong()).isEqualTo(600);
        assertThat(rules.at("/enums/roles").valueStream().map(r -> r.get("key").asString())).containsExactly(
                "VISION_STRATEGY", "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES", "COMMUNITY_ENGAGEMENT", "POLICY",
                "RESOURCES");
        assertThat(rules.at("/enums/roles/4/order").asInt()).isEqualTo(5);
        assertThat(rules.at("/enums/roles/4/labelFr").asString()).isEqualTo("Influencer les politiques");
        assertThat(rules.at("/enums/horizons").valueStream().map(h -> h.get("key").asString()))
                .containsExactly("SHORT", "MEDIUM", "LONG");
        assertThat(rules.at("/enums/maturities").valueStream().map(JsonNode::asString))
                .containsExactly("EMERGING", "DEVELOPING", "MATURE");
        assertThat(rules.at("/enums/carrierKinds").valueStream().map(JsonNode::asString))
                .containsExactly("PARTNER", "MEMBER", "TO_FIND");
        assertThat(rules.at("/enums/stepStatuses").valueStream().filter(s -> s.get("open").asBoolean())
                .map(s -> s.get("key").asString())).containsExactly("TODO", "DOING");
        assertThat(rules.at("/limits/stepsPerRoleOrPlan").asInt()).isEqualTo(50);
        assertThat(rules.at("/limits/titleLength").asInt()).isEqualTo(200);
    }

    @Test
    void theMovesTheRulesListAreTheOnesTheServerKeeps() {
        var step = alice.post(initiative + "/worksheet/roles/POLICY/next-steps", Map.of("title", "x", "owner", Map.of(),
                "dueDate", thisYear + "-12-01"));
        JsonNode moves = rulesOf(alice).get("statusMoves");
        String etag = step.header("ETag");
        String path = step.header("Location");
        for (String from : List.of("DOING", "DONE")) {
            var moved = alice.patch(path, Map.of("status", from), Map.of("If-Match", etag));
            etag = moved.header("ETag");
        }
        for (String to : List.of("TODO", "DOING", "DROPPED")) {
            boolean allowed = moves.get("DONE").valueStream().anyMatch(m -> m.asString().equals(to));
            int status = alice.patch(path, Map.of("status", to, "title", "x"), Map.of("If-Match", etag)).status();
            assertThat(status).as("DONE → " + to).isEqualTo(allowed ? 200 : 409);
            if (allowed) {
                etag = alice.patch(path, Map.of("status", "DONE"), Map.of("If-Match",
                        alice.get(initiative + "/worksheet/roles/POLICY").json().get("nextSteps").get(0).get("etag")
                                .asString())).header("ETag");
            }
        }
    }
}
