package org.backboneplanner.partner.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory's bounds: an import whose header has a million columns or whose rows have thousands of
 * problems gets one bounded answer; control characters are refused in a CSV as in JSON; pooled
 * resources take plausible dates and hours; partners announce their contacts; and who may see an
 * initiative's resources converges on the worksheet's own answer even when a removal was lost.
 */
class PartnerBoundsTest extends ServiceIntegrationTest {

    private static final String HEADER = "name,kind,website,sectors,territory,influential,notes,"
            + "contact_name,contact_role,contact_email,contact_phone,contact_language\r\n";

    private String network;
    private ApiClient carol;
    private String partners;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        carol = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        partners = "/api/networks/" + network + "/partners";
    }

    private Response importFile(String csv) {
        return carol.send("POST", partners + "/import", csv, Map.of("Content-Type", "text/csv"));
    }

    @Test
    void aHeaderOfAMillionColumnsIsOneProblem() {
        Response response = importFile("name,kind" + ",x".repeat(1_000_000) + "\r\nVille,MUNICIPALITY\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).isEqualTo(1);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("1000002 columns");
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void thousandsOfBadRowsAreReportedAsTheFirstHundred() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            csv.append("Partenaire ").append(i).append(",NOT_A_KIND,,,,,,,,,,\r\n");
        }
        Response response = importFile(csv.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).isEqualTo(100);
        assertThat(response.json().get("detail").asString()).startsWith("3000 problem(s)");
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void controlCharactersInACsvCellAreRefusedWithTheirLine() {
        Response response = importFile(HEADER + "Ville\u0001de Granby,MUNICIPALITY,,,,,,,,,,\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("U+0001");
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void partnersAnnounceTheirContactsSoStepsCanBeOwnedByThem() {
        Response created = carol.post(partners, Map.of("name", "Ville de Granby", "kind", "MUNICIPALITY",
                "contacts", List.of(Map.of("name", "Line Roy", "email", "line.roy@granby.example", "language", "en"))));
        String id = created.json().get("id").asString();

        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            var events = tap.awaitEvents(id, e -> !e.isEmpty(), Duration.ofSeconds(30));
            assertThat(events.get(0).toString()).contains("line.roy@granby.example");
        }
        Response twoLines = carol.post(partners, Map.of("name", "Ville\nde Magog", "kind", "MUNICIPALITY"));
        assertThat(twoLines.status()).isEqualTo(400);
        assertThat(twoLines.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(carol.get(partners).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void pooledResourcesTakePlausibleDatesAndHours() {
        String initiative = UUID.randomUUID().toString();
        ApiClient alice = api(tokens().token("alice", network));
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                    SampleEvents.initiativeCreated("Table")));
        }
        String city = alice.post(partners, Map.of("name", "Ville", "kind", "MUNICIPALITY")).json().get("id").asString();
        String resources = "/api/networks/" + network + "/initiatives/" + initiative + "/pooled-resources";
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(resources).status() == 200);

        Response ancient = alice.post(resources, Map.of("partnerId", city, "kind", "SPACE", "description", "Salle",
                "from", "1900-01-01"));
        Response tooManyHours = alice.post(resources, Map.of("partnerId", city, "kind", "STAFF_TIME",
                "description", "Agente", "amount", 200, "unit", "HOURS_PER_WEEK"));
        Response fine = alice.post(resources, Map.of("partnerId", city, "kind", "STAFF_TIME",
                "description", "Agente", "amount", 35, "unit", "HOURS_PER_WEEK", "from", "2027-01-01", "to", "2027-12-31"));

        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(tooManyHours.status()).isEqualTo(400);
        assertThat(tooManyHours.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(fine.status()).isEqualTo(201);
        assertThat(alice.get(resources).json().valueStream().map(r -> r.get("id").asString()))
                .containsExactly(fine.json().get("id").asString());
    }

    @Test
    void aRemovedMemberLosesAccessAtTheNextAccessEventEvenIfTheRemovalWasLost() {
        String initiative = UUID.randomUUID().toString();
        String resources = "/api/networks/" + network + "/initiatives/" + initiative + "/pooled-resources";
        ApiClient gaston = api(tokens().token("gaston", network));
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1, new InitiativeCreated(
                    "Confidentielle", "", "alice", Maturity.EMERGING, 2027, 2029, List.of("fr"), Visibility.MEMBERS,
                    new Audience(Visibility.MEMBERS, List.of(new Audience.Part("alice", InitiativeRole.COORDINATOR),
                            new Audience.Part("gaston", InitiativeRole.PARTNER))))));
            await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(resources).status() == 200);
            // sequence 2 (gaston removed) is lost; sequence 3 carries who is in now
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 3, new MemberJoined("zoe",
                    "zoe@example.org", "Zoé", InitiativeRole.GUEST, new Audience(Visibility.MEMBERS, List.of(
                    new Audience.Part("alice", InitiativeRole.COORDINATOR), new Audience.Part("zoe", InitiativeRole.GUEST))))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(resources).status() == 404);
        assertThat(api(tokens().token("zoe", network)).get(resources).status()).isEqualTo(200);
    }
}
