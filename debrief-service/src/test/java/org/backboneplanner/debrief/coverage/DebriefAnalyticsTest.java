package org.backboneplanner.debrief.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Step 2 and pooled resources in the debrief; the debrief answers; who sees what. */
class DebriefAnalyticsTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private ApiClient alice;
    private String debrief;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        alice = api(tokens().token("alice", network));
        debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(long sequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, sequence, payload));
    }

    private void resource(String id, long sequence, ResourceStatus status, BackboneRole... roles) {
        PooledResourceDetails details = new PooledResourceDetails(id, initiative, "p1", "Ville", ResourceKind.FUNDING,
                "Subvention", new BigDecimal("1000"), "CAD", null, null, List.of(roles), status);
        EventPayload payload = sequence == 1 ? new ResourcePooled(details)
                : new ResourceStatusChanged(details, ResourceStatus.PROPOSED);
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, id, sequence, java.time.Instant.now(),
                SampleEvents.ALICE, payload));
    }

    private JsonNode await(java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            Response response = alice.get(debrief);
            last[0] = response.json();
            return response.status() == 200 && ready.test(last[0]);
        });
        return last[0];
    }

    @Test
    void sharingPoolingIntentionsAndPooledResourcesShowPerRole() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, new RoleSharingUpdated(BackboneRole.RESOURCES, true, List.of(), List.of()));
        publish(3, new PoolingIntentionsUpdated(List.of(new PoolingIntentionsUpdated.Intention("Local", null, null,
                List.of(BackboneRole.COMMUNITY_ENGAGEMENT, BackboneRole.RESOURCES))), List.of()));
        resource("r1", 1, ResourceStatus.PROPOSED, BackboneRole.RESOURCES);
        resource("r1", 2, ResourceStatus.COMMITTED, BackboneRole.RESOURCES);
        resource("r2", 1, ResourceStatus.PROPOSED, BackboneRole.RESOURCES, BackboneRole.POLICY);

        JsonNode view = await(d -> d.get("rolesWithResources").asInt() == 1
                && d.get("roles").get(4).get("resourcesProposed").asInt() == 1);

        JsonNode resources = view.get("roles").get(BackboneRole.RESOURCES.ordinal());
        assertThat(resources.get("shared").asBoolean()).isTrue();
        assertThat(resources.get("poolingIntentions").asInt()).isEqualTo(1);
        assertThat(resources.get("resourcesSecured").asInt()).isEqualTo(1);
        assertThat(resources.get("resourcesProposed").asInt()).isEqualTo(1);
        assertThat(view.get("rolesShared").asInt()).isEqualTo(1);
        assertThat(view.get("roles").get(BackboneRole.COMMUNITY_ENGAGEMENT.ordinal()).get("poolingIntentions").asInt())
                .isEqualTo(1);
    }

    @Test
    void theDebriefAnswersTheThreeQuestionsWithFiguresFromTheEvents() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, new RoleUpdated(BackboneRole.POLICY, List.of(new Carrier(CarrierKind.PARTNER, "p1", null, "Ville")),
                List.of("Élus proches"), List.of("Peu de temps", "Aucun budget"), null));
        publish(3, SampleEvents.scheduled("Table", new NextStepDetails("s1", BackboneRole.POLICY, null, "Rencontrer",
                null, null, LocalDate.now().plusYears(2), Horizon.LONG, NextStepStatus.TODO, null)));
        String money = "money-" + initiative.substring(0, 8); // resource ids are aggregates: one per test
        resource(money, 1, ResourceStatus.PROPOSED, BackboneRole.POLICY, BackboneRole.RESOURCES);
        resource(money, 2, ResourceStatus.COMMITTED, BackboneRole.POLICY, BackboneRole.RESOURCES);

        JsonNode analytics = await(d -> d.at("/analytics/pooling/securedMoney").size() == 1
                && d.at("/analytics/planning/open").asInt() == 1).get("analytics");

        JsonNode policy = analytics.at("/carrying/roles/" + BackboneRole.POLICY.ordinal());
        assertThat(policy.get("cover").asString()).isEqualTo("SINGLE_CARRIER");
        assertThat(policy.get("balance").asString()).isEqualTo("MORE_WEAKNESSES");
        assertThat(analytics.at("/carrying/singleCarrier").valueStream().map(JsonNode::asString))
                .containsExactly("POLICY");
        assertThat(analytics.at("/planning/nothingBeyondTwelveMonths").valueStream().map(JsonNode::asString))
                .doesNotContain("POLICY").contains("RESOURCES");
        assertThat(analytics.at("/pooling/roles/" + BackboneRole.RESOURCES.ordinal() + "/securedMoney/0/amount")
                .decimalValue()).isEqualByComparingTo("1000");
        assertThat(analytics.at("/pooling/concentration/0/largestShare").asDouble()).isEqualTo(1.0);
        assertThat(analytics.at("/pooling/partnersGivingToSeveralRoles/0/partnerName").asString()).isEqualTo("Ville");
    }

    @Test
    void theDebriefShowsWhatChangedSinceTheLastAdoptedVersion() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, SampleEvents.roleUpdated(BackboneRole.POLICY, new Carrier(CarrierKind.PARTNER, "p1", null, "Ville")));
        publish(3, new WorksheetVersionAdopted("v1", "Automne", 1));
        publish(4, SampleEvents.roleUpdated(BackboneRole.RESOURCES, new Carrier(CarrierKind.MEMBER, null, "alice",
                "Alice")));

        JsonNode since = await(d -> d.at("/sinceLastVersion/changes").size() > 0).get("sinceLastVersion");
        JsonNode trend = alice.get(debrief + "/trend").json();

        assertThat(since.at("/version/name").asString()).isEqualTo("Automne");
        assertThat(since.get("changes").valueStream().filter(c -> c.get("figure").asString().equals("carriedRoles"))
                .findFirst().orElseThrow().get("now").asInt()).isEqualTo(2);
        assertThat(trend.get("versions").size()).isEqualTo(1);
        assertThat(trend.at("/versions/0/figures/carriedRoles").asInt()).isEqualTo(1);
        assertThat(trend.at("/now/carriedRoles").asInt()).isEqualTo(2);
    }

    @Test
    void anInitiativeForItsMembersOnlyIsHiddenFromOtherMembersOfTheNetworkButNotFromItsAdmins() {
        publish(1, new InitiativeCreated("Confidentielle", "", "alice", Maturity.EMERGING, 2026, 2028, List.of("fr"),
                Visibility.MEMBERS));
        await(d -> true);
        ApiClient dora = api(tokens().token("dora", network));
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());

        assertThat(dora.get(debrief).status()).isEqualTo(404);
        assertThat(dora.get("/api/networks/" + network + "/dashboard").json().get("initiatives").size()).isZero();
        assertThat(admin.get(debrief).status()).isEqualTo(200);
        assertThat(alice.get("/api/networks/" + network + "/dashboard").json().get("initiatives").size()).isEqualTo(1);
    }

    @Test
    void theGroupAnswersTheThreeQuestionsWithoutLosingAnAnswer() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, new MemberJoined("gaston", "gaston@example.org", "Gaston", InitiativeRole.GUEST));
        JsonNode view = await(d -> true);
        assertThat(view.get("answers").valueStream().map(a -> a.get("question").asString()))
                .containsExactly("STRENGTHS_AND_WEAKNESSES", "POOLED_RESOURCES", "WHAT_COMES_NEXT");
        JsonNode second = view.get("answers").get(1);
        assertThat(second.get("textFr").asString()).contains("mutualisation");
        String path = debrief + "/answers/POOLED_RESOURCES";

        Response answered = alice.send("PUT", path, Map.of("answer", "Oui : un local et une agente."),
                Map.of("If-Match", second.get("etag").asString()));
        Response stale = alice.send("PUT", path, Map.of("answer", "Non."), Map.of("If-Match", second.get("etag").asString()));
        Response guest = api(tokens().token("gaston", network)).send("PUT", path, Map.of("answer", "?"),
                Map.of("If-Match", answered.header("ETag")));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("current").get("answer").asString()).isEqualTo("Oui : un local et une agente.");
        assertThat(guest.status()).isEqualTo(403);
        assertThat(alice.get(debrief).json().get("answers").get(1).get("answer").asString())
                .isEqualTo("Oui : un local et une agente.");
        assertThat(alice.send("PUT", debrief + "/answers/Q9", Map.of("answer", "x"), Map.of("If-Match", "*")).status())
                .isEqualTo(404);
    }
}
