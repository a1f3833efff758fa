package org.backboneplanner.partner.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerDirectoryApiTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String partners;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        partners = "/api/networks/" + network + "/partners";
    }

    @Test
    void registeringAPartnerAnswers201AndAnnouncesIt() {
        Response created = alice.post(partners, Map.of("name", "Maison de la famille des Maskoutains",
                "kind", "COMMUNITY_ORGANIZATION", "sectors", List.of("famille")));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(partners + "/" + id);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> !e.isEmpty(), Duration.ofSeconds(20));
            PartnerRegistered registered = (PartnerRegistered) events.get(0).payload();
            assertThat(registered.name()).isEqualTo("Maison de la famille des Maskoutains");
            assertThat(events.get(0).networkId()).isEqualTo(network);
        }
    }

    @Test
    void theSameNameTwiceInANetworkIs409WithTheMatch() {
        String id = alice.post(partners, Map.of("name", "Ville de Granby", "kind", "MUNICIPALITY"))
                .json().get("id").asString();

        Response again = alice.post(partners, Map.of("name", "  ville de GRANBY ", "kind", "MUNICIPALITY"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existing").get("id").asString()).isEqualTo(id);
        assertThat(alice.get(partners).json().get("items").valueStream().map(p -> p.get("name").asString()))
                .containsExactly("Ville de Granby");
        String other = newNetwork();
        assertThat(api(tokens().token("carol", other)).post("/api/networks/" + other + "/partners",
                Map.of("name", "Ville de Granby", "kind", "MUNICIPALITY")).status()).isEqualTo(201);
    }

    @Test
    void searchFindsWordsByPrefixIgnoringAccentsAndCase() {
        alice.post(partners, Map.of("name", "Centre de services scolaire des Hautes-Rivières", "kind", "SCHOOL_BOARD"));
        alice.post(partners, Map.of("name", "CISSS de la Montérégie-Centre", "kind", "HEALTH_INSTITUTION"));
        alice.post(partners, Map.of("name", "Fondation Chagnon", "kind", "FUNDER"));

        Response found = alice.get(partners + "?q=monteregie");

        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        assertThat(found.json().get("items").get(0).get("name").asString()).isEqualTo("CISSS de la Montérégie-Centre");
        assertThat(alice.get(partners + "?q=RIVIERES").json().get("total").asLong()).isEqualTo(1);
        assertThat(alice.get(partners).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void anotherNetworksDirectoryIs404() {
        String id = alice.post(partners, Map.of("name", "Secret", "kind", "OTHER")).json().get("id").asString();
        ApiClient outsider = api(tokens().token("mallory", newNetwork()));

        assertThat(outsider.get(partners).status()).isEqualTo(404);
        assertThat(outsider.get(partners + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void anUnknownKindIs400NamingTheKinds() {
        Response response = alice.post(partners, Map.of("name", "X", "kind", "ALIEN"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("MUNICIPALITY");
        assertThat(alice.get(partners).json().get("total").asLong()).isZero();
    }
}
