package org.backboneplanner.partner.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.InitiativeRole;
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

/**
 * Who pools resources for an initiative visible to its members only, as worksheet-service's events say:
 * a partner who was invited and joined (not its creator) pools and changes them; a guest reads them but is
 * refused 403; a member of the network outside the initiative does not even know it (404); a partner who
 * is removed loses both.
 */
class PoolingAccessTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private String resources;
    private String city;
    private ApiClient alice;
    private ApiClient paul;
    private ApiClient gaston;
    private ApiClient dora;
    private long sequence;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        resources = "/api/networks/" + network + "/initiatives/" + initiative + "/pooled-resources";
        alice = api(tokens().token("alice", network));
        paul = api(tokens().token("paul", network));
        gaston = api(tokens().token("gaston", network));
        dora = api(tokens().token("dora", network));
        publish(SampleEvents.initiativeCreated("Confidentielle", Visibility.MEMBERS));
        publish(SampleEvents.memberInvited("paul", InitiativeRole.PARTNER, "Confidentielle"));
        publish(SampleEvents.memberJoined("paul", InitiativeRole.PARTNER,
                SampleEvents.audience(Visibility.MEMBERS, "alice", "COORDINATOR", "paul", "PARTNER")));
        publish(SampleEvents.memberInvited("gaston", InitiativeRole.GUEST, "Confidentielle"));
        publish(SampleEvents.memberJoined("gaston", InitiativeRole.GUEST, SampleEvents.audience(Visibility.MEMBERS,
                "alice", "COORDINATOR", "paul", "PARTNER", "gaston", "GUEST")));
        city = alice.post("/api/networks/" + network + "/partners", Map.of("name", "Ville", "kind", "MUNICIPALITY"))
                .json().get("id").asString();
        // the last event is applied once the guest reads
        await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(resources).status() == 200);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, ++sequence, payload));
    }

    private Response pool(ApiClient as, String description) {
        return as.post(resources, Map.of("partnerId", city, "kind", "SPACE", "description", description));
    }

    private List<String> descriptions() {
        return alice.get(resources).json().valueStream().map(r -> r.get("resource").get("description").asString()).toList();
    }

    @Test
    void aPartnerWhoJoinedPoolsAResourceAndChangesIt() {
        Response pooled = pool(paul, "Salle du conseil");

        assertThat(pooled.status()).isEqualTo(201);
        assertThat(pooled.json().get("resource").get("initiativeId").asString()).isEqualTo(initiative);
        Response changed = paul.patch(pooled.header("Location"), Map.of("description", "Salle du conseil, le mardi"),
                Map.of("If-Match", pooled.header("ETag")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(descriptions()).containsExactly("Salle du conseil, le mardi");
    }

    @Test
    void aGuestIsRefused403AndAMemberOfTheNetworkOutsideTheInitiative404() {
        Response pooled = pool(paul, "Salle du conseil");
        String resource = pooled.header("Location");
        Map<String, String> current = Map.of("If-Match", pooled.header("ETag"));

        Response byGuest = pool(gaston, "Invité");
        Response changedByGuest = gaston.patch(resource, Map.of("description", "x"), current);
        Response byOutsider = pool(dora, "Extérieure");
        Response changedByOutsider = dora.patch(resource, Map.of("description", "x"), current);

        assertThat(byGuest.status()).isEqualTo(403);
        assertThat(byGuest.json().get("detail").asString()).contains("coordinators and partners");
        assertThat(changedByGuest.status()).isEqualTo(403);
        assertThat(gaston.get(resource).status()).isEqualTo(200);
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(changedByOutsider.status()).isEqualTo(404);
        assertThat(dora.get(resources).status()).isEqualTo(404);
        assertThat(dora.get(resource).status()).isEqualTo(404);
        assertThat(descriptions()).containsExactly("Salle du conseil");
    }

    @Test
    void aRemovedPartnerNeitherSeesNorPoolsNorChangesAnyMore() {
        Response pooled = pool(paul, "Salle du conseil");

        publish(SampleEvents.memberRemoved("paul", InitiativeRole.PARTNER, SampleEvents.audience(Visibility.MEMBERS,
                "alice", "COORDINATOR", "gaston", "GUEST")));
        await().atMost(Duration.ofSeconds(20)).until(() -> paul.get(resources).status() == 404);

        assertThat(pool(paul, "Encore").status()).isEqualTo(404);
        assertThat(paul.patch(pooled.header("Location"), Map.of("description", "x"),
                Map.of("If-Match", pooled.header("ETag"))).status()).isEqualTo(404);
        assertThat(descriptions()).containsExactly("Salle du conseil");
        assertThat(gaston.get(resources).status()).as("the others stay").isEqualTo(200);
    }
}
