package org.backboneplanner.debrief.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

import tools.jackson.databind.JsonNode;

/**
 * Who answers the debrief of an initiative visible to its members only, as worksheet-service's events say:
 * a partner who was invited and joined (not its creator) answers; a guest reads but is refused 403; a member
 * of the network outside the initiative does not even know it (404); a partner who is removed loses both.
 */
class AnswerAccessTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private String debrief;
    private ApiClient alice;
    private ApiClient paul;
    private ApiClient gaston;
    private ApiClient dora;
    private long sequence;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
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
        // the last event is applied once the guest reads
        await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(debrief).status() == 200);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, ++sequence, payload));
    }

    private JsonNode pooledResourcesAnswer() {
        return alice.get(debrief).json().get("answers").get(1);
    }

    private Response answer(ApiClient as, String text) {
        return as.send("PUT", debrief + "/answers/POOLED_RESOURCES", Map.of("answer", text),
                Map.of("If-Match", pooledResourcesAnswer().get("etag").asString()));
    }

    @Test
    void aPartnerWhoJoinedAnswersTheDebrief() {
        Response answered = answer(paul, "Oui : un local et une agente.");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(pooledResourcesAnswer().get("answer").asString()).isEqualTo("Oui : un local et une agente.");
        assertThat(pooledResourcesAnswer().get("answeredByName").asString()).isEqualTo("paul");
    }

    @Test
    void aGuestIsRefused403AndAMemberOfTheNetworkOutsideTheInitiative404() {
        answer(paul, "Oui.");

        Response byGuest = answer(gaston, "Non.");
        Response byOutsider = answer(dora, "Non.");

        assertThat(byGuest.status()).isEqualTo(403);
        assertThat(byGuest.json().get("detail").asString()).contains("coordinators and partners");
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(dora.get(debrief).status()).isEqualTo(404);
        assertThat(pooledResourcesAnswer().get("answer").asString()).isEqualTo("Oui.");
    }

    @Test
    void aRemovedPartnerNeitherReadsNorAnswersAnyMore() {
        answer(paul, "Oui.");

        publish(SampleEvents.memberRemoved("paul", InitiativeRole.PARTNER, SampleEvents.audience(Visibility.MEMBERS,
                "alice", "COORDINATOR", "gaston", "GUEST")));
        await().atMost(Duration.ofSeconds(20)).until(() -> paul.get(debrief).status() == 404);

        assertThat(answer(paul, "Plus maintenant.").status()).isEqualTo(404);
        assertThat(pooledResourcesAnswer().get("answer").asString()).isEqualTo("Oui.");
        assertThat(gaston.get(debrief).status()).as("the others stay").isEqualTo(200);
    }
}
