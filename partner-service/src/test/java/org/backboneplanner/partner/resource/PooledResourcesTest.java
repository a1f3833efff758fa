package org.backboneplanner.partner.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Partners pool resources for an initiative; totals per role and per partner. */
class PooledResourcesTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;
    private String resources;
    private String city;
    private String funder;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        initiative = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                    SampleEvents.initiativeCreated("Table")));
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 2,
                    new MemberJoined("gaston", "gaston@example.org", "Gaston", InitiativeRole.GUEST)));
        }
        resources = "/api/networks/" + network + "/initiatives/" + initiative + "/pooled-resources";
        city = alice.post("/api/networks/" + network + "/partners", Map.of("name", "Ville", "kind", "MUNICIPALITY"))
                .json().get("id").asString();
        funder = alice.post("/api/networks/" + network + "/partners", Map.of("name", "Fondation", "kind", "FUNDER"))
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(resources).status() == 200);
    }

    private Response pool(Map<String, Object> body) {
        return alice.post(resources, body);
    }

    private Response move(Response resource, String status) {
        return alice.send("PUT", resource.header("Location") + "/status", Map.of("status", status),
                Map.of("If-Match", resource.header("ETag")));
    }

    @Test
    void totalsAddMoneyByCurrencyAndStaffHoursPerRoleAndPartnerLeavingWithdrawnOut() {
        Response grant = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Subvention de démarrage",
                "amount", "15000.00", "unit", "cad", "roles", List.of("RESOURCES", "POLICY")));
        Response usd = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Don", "amount", 500,
                "unit", "USD", "roles", List.of("RESOURCES")));
        Response staff = pool(Map.of("partnerId", city, "kind", "STAFF_TIME", "description", "Agente de liaison",
                "amount", 6, "unit", "HOURS_PER_WEEK", "roles", List.of("ALIGNED_ACTIVITIES")));
        Response room = pool(Map.of("partnerId", city, "kind", "SPACE", "description", "Salle du conseil",
                "roles", List.of("COMMUNITY_ENGAGEMENT")));
        Response withdrawn = pool(Map.of("partnerId", city, "kind", "FUNDING", "description", "Retiré", "amount", 999,
                "unit", "CAD", "roles", List.of("RESOURCES")));
        assertThat(List.of(grant, usd, staff, room, withdrawn)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(move(grant, "COMMITTED").status()).isEqualTo(200);
        assertThat(move(staff, "COMMITTED").status()).isEqualTo(200);
        assertThat(move(withdrawn, "WITHDRAWN").status()).isEqualTo(200);

        JsonNode totals = alice.get(resources + "/totals").json();

        assertThat(totals.get("secured").get("money").get("CAD").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(totals.get("secured").get("staffHoursPerMonth").decimalValue()).isEqualByComparingTo("26.00");
        assertThat(totals.get("secured").get("resources").asInt()).isEqualTo(2);
        assertThat(totals.get("proposed").get("money").get("USD").decimalValue()).isEqualByComparingTo("500");
        assertThat(totals.get("proposed").get("resources").asInt()).isEqualTo(2);
        JsonNode resourcesRole = totals.get("byRole").get(5);
        assertThat(resourcesRole.get("role").asString()).isEqualTo("RESOURCES");
        assertThat(resourcesRole.get("secured").get("money").get("CAD").decimalValue()).isEqualByComparingTo("15000");
        assertThat(resourcesRole.get("proposed").get("money").get("USD").decimalValue()).isEqualByComparingTo("500");
        assertThat(totals.get("byRole").get(4).get("secured").get("money").get("CAD").decimalValue())
                .isEqualByComparingTo("15000");
        JsonNode byPartner = totals.get("byPartner");
        assertThat(byPartner.valueStream().filter(p -> p.get("partnerId").asString().equals(city)).findFirst().orElseThrow()
                .get("secured").get("staffHoursPerMonth").decimalValue()).isEqualByComparingTo("26.00");
        JsonNode ofCity = alice.get("/api/networks/" + network + "/partners/" + city + "/pooled-resources").json();
        assertThat(ofCity.get("resources").size()).isEqualTo(3);
    }

    @Test
    void moneyOfDifferentPeriodsIsTotalledPerPeriodAndCurrencyNeverAddedSilently() {
        Response yearly = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Annuelle", "amount", 10000,
                "unit", "CAD", "from", "2026-01-01", "to", "2026-12-31", "roles", List.of("RESOURCES")));
        Response sameYear = pool(Map.of("partnerId", city, "kind", "FUNDING", "description", "Don", "amount", 2500,
                "unit", "CAD", "from", "2026-01-01", "to", "2026-12-31", "roles", List.of("RESOURCES")));
        Response threeYears = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Triennale",
                "amount", 30000, "unit", "CAD", "from", "2026-01-01", "to", "2028-12-31", "roles", List.of("RESOURCES")));
        Response oneOff = pool(Map.of("partnerId", city, "kind", "FUNDING", "description", "Ponctuelle", "amount", 700,
                "unit", "CAD", "roles", List.of("RESOURCES")));
        assertThat(List.of(yearly, sameYear, threeYears, oneOff)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));

        JsonNode proposed = alice.get(resources + "/totals").json().get("proposed");

        assertThat(proposed.get("moneyByPeriod").valueStream().map(m -> m.get("currency").asString() + " "
                + day(m.get("from")) + " " + day(m.get("to")) + " "
                + m.get("amount").decimalValue().stripTrailingZeros().toPlainString()).toList())
                .containsExactly("CAD - - 700", "CAD 2026-01-01 2026-12-31 12500", "CAD 2026-01-01 2028-12-31 30000");
    }

    private static String day(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asString();
    }

    @Test
    void eachResourceSaysTheStatusesItMayMoveTo() {
        Response grant = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Subvention", "amount", 100,
                "unit", "CAD"));
        assertThat(grant.json().get("nextStatuses").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("COMMITTED", "WITHDRAWN");
        Response committed = move(grant, "COMMITTED");
        assertThat(committed.json().get("nextStatuses").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("DELIVERED", "WITHDRAWN");
        assertThat(alice.get(resources).json().get(0).get("nextStatuses").size()).isEqualTo(2);
    }

    @Test
    void aResourceMovesForwardOnlyAndEachChangeIsAnnounced() {
        Response grant = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "Subvention", "amount", 100,
                "unit", "CAD"));
        Response committed = move(grant, "COMMITTED");
        Response delivered = alice.send("PUT", grant.header("Location") + "/status", Map.of("status", "DELIVERED"),
                Map.of("If-Match", committed.header("ETag")));

        assertThat(delivered.json().get("resource").get("status").asString()).isEqualTo("DELIVERED");
        Response back = alice.send("PUT", grant.header("Location") + "/status", Map.of("status", "COMMITTED"),
                Map.of("If-Match", delivered.header("ETag")));
        assertThat(back.status()).isEqualTo(409);
        assertThat(alice.get(grant.header("Location")).json().get("resource").get("status").asString())
                .isEqualTo("DELIVERED");
        String id = grant.json().get("id").asString();
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            assertThat(tap.awaitEvents(id, e -> e.size() >= 3, Duration.ofSeconds(20))).extracting(e -> e.type())
                    .containsExactly("ResourcePooled", "ResourceStatusChanged", "ResourceStatusChanged");
        }
    }

    @Test
    void aPartnerOrInitiativeOfAnotherNetworkIsRefused() {
        String elsewhere = newNetwork();
        String foreignPartner = api(tokens().token("dora", elsewhere)).post("/api/networks/" + elsewhere + "/partners",
                Map.of("name", "Ailleurs", "kind", "OTHER")).json().get("id").asString();

        Response foreign = pool(Map.of("partnerId", foreignPartner, "kind", "SPACE", "description", "x"));
        Response otherInitiative = api(tokens().token("alice", network, elsewhere))
                .post("/api/networks/" + elsewhere + "/initiatives/" + initiative + "/pooled-resources",
                        Map.of("partnerId", city, "kind", "SPACE", "description", "x"));

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("partnerId");
        assertThat(otherInitiative.status()).isEqualTo(404);
        assertThat(api(tokens().token("mallory", elsewhere)).get(resources).status()).isEqualTo(404);
        assertThat(alice.get(resources).json()).isEmpty();
    }

    @Test
    void quantitiesFollowTheirKind() {
        Response noCurrency = pool(Map.of("partnerId", funder, "kind", "FUNDING", "description", "x", "amount", 10,
                "unit", "dollars"));
        Response badHours = pool(Map.of("partnerId", city, "kind", "STAFF_TIME", "description", "x", "amount", 10,
                "unit", "HOURS_PER_DAY"));
        Response backwards = pool(Map.of("partnerId", city, "kind", "SPACE", "description", "x",
                "from", "2027-06-01", "to", "2027-01-01"));

        assertThat(noCurrency.status()).isEqualTo(400);
        assertThat(noCurrency.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(alice.get(resources).json()).isEmpty();
    }

    @Test
    void aGuestOfTheInitiativeSeesButDoesNotPool() {
        ApiClient gaston = api(tokens().token("gaston", network));

        assertThat(gaston.get(resources).status()).isEqualTo(200);
        assertThat(gaston.post(resources, Map.of("partnerId", city, "kind", "SPACE", "description", "x")).status())
                .isEqualTo(403);
        assertThat(alice.get(resources).json()).isEmpty();
    }
}
