package org.backboneplanner.debrief.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The network dashboard in two networks with an initiative for its members only: each reader counts only
 * what they may read, administrators all of their network and nothing of another.
 */
class NetworkDashboardTest extends ServiceIntegrationTest {

    @Autowired
    MonthlySnapshots months;

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String monteregie;
    private String estrie;
    private String open;
    private String confidential;

    @BeforeEach
    void setUp() {
        monteregie = newNetwork();
        estrie = newNetwork();
        open = UUID.randomUUID().toString();
        confidential = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        Carrier ville = new Carrier(CarrierKind.PARTNER, "ville", null, "Ville");
        Carrier cisss = new Carrier(CarrierKind.PARTNER, "cisss", null, "CISSS");
        worksheet(monteregie, open, new InitiativeCreated("Alimentation", "", "alice", Maturity.EMERGING, 2026, 2029,
                        List.of("fr"), Visibility.NETWORK, SampleEvents.audience(Visibility.NETWORK, "alice", "COORDINATOR")),
                SampleEvents.roleUpdated(BackboneRole.POLICY, ville),
                SampleEvents.roleUpdated(BackboneRole.RESOURCES, ville, cisss),
                SampleEvents.roleUpdated(BackboneRole.SHARED_MEASUREMENT, new Carrier(CarrierKind.TO_FIND, null, null,
                        "Analyste")));
        worksheet(monteregie, confidential, new InitiativeCreated("Logement", "", "alice", Maturity.MATURE, 2024, 2030,
                        List.of("fr"), Visibility.MEMBERS, SampleEvents.audience(Visibility.MEMBERS, "alice", "COORDINATOR")),
                SampleEvents.roleUpdated(BackboneRole.VISION_STRATEGY, ville),
                SampleEvents.roleUpdated(BackboneRole.COMMUNITY_ENGAGEMENT, ville),
                SampleEvents.roleUpdated(BackboneRole.ALIGNED_ACTIVITIES, ville));
        worksheet(estrie, elsewhere, SampleEvents.initiativeCreated("Estrie", Visibility.NETWORK),
                SampleEvents.roleUpdated(BackboneRole.POLICY, ville));
        money(monteregie, open, "r1", "ville", "Ville", "9000", BackboneRole.POLICY, BackboneRole.RESOURCES);
        money(monteregie, open, "r2", "cisss", "CISSS", "1000", BackboneRole.RESOURCES);
        money(monteregie, confidential, "r3", "ville", "Ville", "5000", BackboneRole.VISION_STRATEGY);
        ApiClient admin = admin(monteregie);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode d = admin.get("/api/networks/" + monteregie + "/dashboard").json();
            return d.get("initiatives").size() == 2 && d.get("pooledMoneyByPartner").size() == 2
                    && d.at("/partners/0/roles").asInt() == 5
                    && d.at("/pooledMoneyByPartner/0/secured/0/amount").asInt() == 14000;
        });
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void worksheet(String network, String initiative, EventPayload... payloads) {
        for (int i = 0; i < payloads.length; i++) {
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, i + 1, payloads[i]));
        }
    }

    private void money(String network, String initiative, String id, String partner, String name, String amount,
                       BackboneRole... roles) {
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, id + initiative.substring(0, 8), 1,
                Instant.now(), SampleEvents.ALICE, new ResourcePooled(new PooledResourceDetails(id + initiative.substring(0, 8),
                        initiative, partner, name, ResourceKind.FUNDING, "Subvention", new BigDecimal(amount), "CAD", null,
                        null, List.of(roles), ResourceStatus.COMMITTED))));
    }

    private ApiClient admin(String network) {
        return api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
    }

    private JsonNode dashboard(ApiClient who, String query) {
        Response answer = who.get("/api/networks/" + monteregie + "/dashboard" + query);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aMembersOnlyInitiativeCountsOnlyForThoseWhoMayReadIt() {
        JsonNode forDora = dashboard(api(tokens().token("dora", monteregie)), "");
        JsonNode forAlice = dashboard(api(tokens().token("alice", monteregie)), "");
        JsonNode forAdmin = dashboard(admin(monteregie), "");

        assertThat(forDora.get("initiatives").valueStream().map(r -> r.get("name").asString()))
                .containsExactly("Alimentation");
        assertThat(forDora.at("/partners/0/partnerId").asString()).isEqualTo("ville");
        assertThat(forDora.at("/partners/0/roles").asInt()).isEqualTo(2);
        assertThat(forDora.at("/pooledMoneyByPartner/0/secured/0/amount").decimalValue()).isEqualByComparingTo("9000");
        assertThat(forAlice.get("initiatives").size()).isEqualTo(2);
        assertThat(forAlice.at("/partners/0/roles").asInt()).isEqualTo(5);
        assertThat(forAlice.at("/partners/0/overloaded").asBoolean()).isTrue();
        assertThat(forAlice.at("/pooledMoneyByPartner/0/secured/0/amount").decimalValue()).isEqualByComparingTo("14000");
        assertThat(forAdmin.get("initiatives").size()).isEqualTo(2);
        assertThat(admin(estrie).get("/api/networks/" + monteregie + "/dashboard").status()).isEqualTo(404);
        assertThat(dashboard(admin(monteregie), "").at("/pooledMoneyByPartner/1/partnerId").asString()).isEqualTo("cisss");
    }

    @Test
    void initiativesSortAndFilterByScoreMaturityAndRolesToFind() {
        ApiClient alice = api(tokens().token("alice", monteregie));

        JsonNode byScore = dashboard(alice, "?sort=COVERAGE_SCORE&descending=true");
        JsonNode toFind = dashboard(alice, "?rolesToFind=true");
        JsonNode mature = dashboard(alice, "?maturity=MATURE");

        assertThat(byScore.at("/initiatives/0/coverageScore").asInt())
                .isGreaterThanOrEqualTo(byScore.at("/initiatives/1/coverageScore").asInt());
        JsonNode alimentation = byScore.get("initiatives").valueStream()
                .filter(r -> r.get("name").asString().equals("Alimentation")).findFirst().orElseThrow();
        // POLICY: one carrier (1) + money (1) = 2; RESOURCES: two carriers (2) + money (1) = 3; 5 of 24
        assertThat(alimentation.get("coverageScore").asInt()).isEqualTo(21);
        assertThat(alimentation.at("/cells/" + BackboneRole.RESOURCES.ordinal() + "/score").asInt()).isEqualTo(3);
        assertThat(toFind.get("initiatives").valueStream().map(r -> r.get("name").asString()))
                .containsExactly("Alimentation");
        assertThat(mature.get("initiatives").valueStream().map(r -> r.get("name").asString()))
                .containsExactly("Logement");
        assertThat(dashboard(alice, "").get("weakRoles").valueStream().map(JsonNode::asString))
                .contains("SHARED_MEASUREMENT");
        assertThat(alice.get("/api/networks/" + monteregie + "/dashboard?sort=NOPE").status()).isEqualTo(400);
    }

    @Test
    void theDashboardDownloadsAsCsvInEitherLanguage() {
        ApiClient dora = api(tokens().token("dora", monteregie));

        Response fr = dora.get("/api/networks/" + monteregie + "/dashboard/export");
        Response en = dora.get("/api/networks/" + monteregie + "/dashboard/export?lang=en&sort=NAME");

        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.header("Content-Type")).startsWith("text/csv");
        assertThat(fr.body().split("\r\n")).hasSize(2);
        // a byte-order mark first, so that a spreadsheet reads the accents as UTF-8; maturity in the reader's words
        assertThat(fr.body()).startsWith("\uFEFFInitiative,Maturité,Score de couverture (%),Guider la vision");
        assertThat(fr.body().split("\r\n")[1]).startsWith("Alimentation,émergente,21,0,0,0,0,2,3,1,0,0,6");
        assertThat(fr.header("Content-Disposition")).contains("tableau-de-bord-" + monteregie + ".csv");
        assertThat(en.body()).startsWith("\uFEFFInitiative,Maturity,Coverage score (%),Guide vision and strategy (out of 4)");
        assertThat(en.header("Content-Disposition")).contains("dashboard-" + monteregie + ".csv");

        // another language is refused, not silently answered in French
        for (Response refused : List.of(dora.get("/api/networks/" + monteregie + "/dashboard/export?lang=zz"),
                dora.inLanguage("en").get("/api/networks/" + monteregie + "/dashboard/export?lang=en-CA"))) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("lang");
            assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("one-of");
        }
    }

    @Test
    void theMonthlySnapshotGivesATrendOfWhatEachReaderMaySee() {
        months.take(LocalDate.now());

        JsonNode forDora = dashboard(api(tokens().token("dora", monteregie)), "");
        JsonNode forAlice = dashboard(api(tokens().token("alice", monteregie)), "");

        assertThat(forDora.get("months").size()).isEqualTo(1);
        assertThat(forDora.at("/months/0/initiatives").asInt()).isEqualTo(1);
        assertThat(forDora.at("/months/0/averageCoverageScore").asInt()).isEqualTo(21);
        assertThat(forAlice.at("/months/0/initiatives").asInt()).isEqualTo(2);
    }
}
