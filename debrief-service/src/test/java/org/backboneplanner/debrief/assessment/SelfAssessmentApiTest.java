package org.backboneplanner.debrief.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
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

/** Members rate each role; the debrief shows the group's view, with names only where the reader may see them. */
class SelfAssessmentApiTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private String base;
    private ApiClient alice;
    private ApiClient bob;
    private ApiClient gaston;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        base = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        alice = api(tokens().token("alice", network));
        bob = api(tokens().token("bob", network));
        gaston = api(tokens().token("gaston", network));
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                SampleEvents.initiativeCreated("Table", Visibility.NETWORK)));
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 2,
                SampleEvents.memberJoined("bob", InitiativeRole.PARTNER,
                        SampleEvents.audience(Visibility.NETWORK, "alice", "COORDINATOR", "bob", "PARTNER"))));
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 3,
                SampleEvents.memberJoined("gaston", InitiativeRole.GUEST, SampleEvents.audience(Visibility.NETWORK,
                        "alice", "COORDINATOR", "bob", "PARTNER", "gaston", "GUEST"))));
        // once the guest may rate, every membership has reached the projection (events apply in order)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                gaston.get(base + "/self-assessment").status() == 200
                        && rate(gaston, BackboneRole.ALIGNED_ACTIVITIES, 3, "Je découvre", false,
                        etag(gaston, BackboneRole.ALIGNED_ACTIVITIES)).status() == 200);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private Response rate(ApiClient who, BackboneRole role, int score, String why, boolean showName, String etag) {
        return who.send("PUT", base + "/self-assessment/" + role, Map.of("score", score, "why", why, "showName", showName),
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private String etag(ApiClient who, BackboneRole role) {
        return who.get(base + "/self-assessment").json().at("/mine/" + role.ordinal() + "/etag").asString();
    }

    @Test
    void eachMemberRatesARoleAndTheDebriefShowsAverageSpreadAndDisagreement() {
        assertThat(rate(alice, BackboneRole.POLICY, 1, "Aucun élu", false, etag(alice, BackboneRole.POLICY)).status())
                .isEqualTo(200);
        assertThat(rate(bob, BackboneRole.POLICY, 5, "La Ville s'y met", false, etag(bob, BackboneRole.POLICY)).status())
                .isEqualTo(200);
        Response changed = rate(bob, BackboneRole.POLICY, 4, "La Ville s'y met, un peu", true,
                etag(bob, BackboneRole.POLICY));

        JsonNode policy = alice.get(base).json().at("/selfAssessment/roles/" + BackboneRole.POLICY.ordinal());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("score").asInt()).isEqualTo(4);
        assertThat(policy.get("count").asInt()).isEqualTo(2);
        assertThat(policy.get("average").asDouble()).isEqualTo(2.5);
        assertThat(policy.get("spread").asDouble()).isEqualTo(1.5);
        assertThat(policy.get("worksheetCover").asString()).isEqualTo("NOBODY");
        assertThat(alice.get(base).json().at("/selfAssessment/mostDisagreement/0").asString()).isEqualTo("POLICY");
        assertThat(alice.get(base).json().get("talkingPoints").valueStream()
                .map(p -> p.get("code").asString())).contains("disagreement");
    }

    @Test
    void aMemberWhoLeftNoLongerSpeaksForTheGroup() {
        BackboneRole role = BackboneRole.COMMUNITY_ENGAGEMENT;
        rate(bob, role, 1, "Personne sur le terrain", false, etag(bob, role));
        rate(alice, role, 5, "Voisins engagés", false, etag(alice, role));
        assertThat(alice.get(base).json().at("/selfAssessment/roles/" + role.ordinal() + "/count").asInt()).isEqualTo(2);

        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 4, SampleEvents.memberRemoved("bob",
                InitiativeRole.PARTNER, SampleEvents.audience(Visibility.NETWORK, "alice", "COORDINATOR", "gaston",
                        "GUEST"))));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(base).json()
                .at("/selfAssessment/roles/" + role.ordinal() + "/count").asInt() == 1);
        assertThat(alice.get(base).json().at("/selfAssessment/roles/" + role.ordinal() + "/average").asDouble())
                .isEqualTo(5.0);
    }

    @Test
    void guestsSeeARatersNameOnlyWhereTheRaterAgreed() {
        rate(alice, BackboneRole.RESOURCES, 2, "Un seul bailleur", false, etag(alice, BackboneRole.RESOURCES));
        rate(bob, BackboneRole.RESOURCES, 3, "Ça vient", true, etag(bob, BackboneRole.RESOURCES));

        JsonNode forGuest = gaston.get(base + "/self-assessment").json().at("/roles/" + BackboneRole.RESOURCES.ordinal()
                + "/ratings");
        JsonNode forPartner = bob.get(base + "/self-assessment").json().at("/roles/" + BackboneRole.RESOURCES.ordinal()
                + "/ratings");

        assertThat(forGuest.get(0).get("score").asInt()).isEqualTo(2);
        assertThat(forGuest.get(0).get("by").isNull()).isTrue();
        assertThat(forGuest.get(0).get("why").asString()).isEqualTo("Un seul bailleur");
        assertThat(forGuest.get(1).get("by").asString()).isEqualTo("bob");
        assertThat(forPartner.get(0).get("by").asString()).isEqualTo("alice");
        assertThat(forPartner.get(1).get("mine").asBoolean()).isTrue();
    }

    @Test
    void aRatingIsAConditionalWriteWithBoundsAndOnlyMembersRate() {
        String first = etag(alice, BackboneRole.VISION_STRATEGY);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 3, "", false, null).status()).isEqualTo(428);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 3, "", false, first).status()).isEqualTo(200);
        Response stale = rate(alice, BackboneRole.VISION_STRATEGY, 4, "", false, first);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("current").get("score").asInt()).isEqualTo(3);

        String now = etag(alice, BackboneRole.VISION_STRATEGY);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 6, "", false, now).status()).isEqualTo(400);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 0, "", false, now).status()).isEqualTo(400);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 2, "x".repeat(281), false, now).status()).isEqualTo(400);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 2, "deux\nlignes", false, now).status()).isEqualTo(400);
        assertThat(rate(alice, BackboneRole.VISION_STRATEGY, 2, "bip\u0007", false, now).status()).isEqualTo(400);
        assertThat(alice.send("PUT", base + "/self-assessment/NOT_A_ROLE", Map.of("score", 2), Map.of("If-Match", now))
                .status()).isEqualTo(404);
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        assertThat(alice.get(base + "/self-assessment").json().get("canRate").asBoolean()).isTrue();
        assertThat(admin.get(base).json().at("/selfAssessment/canRate").asBoolean()).isFalse();
        assertThat(rate(admin, BackboneRole.POLICY, 2, "", false, etag(admin, BackboneRole.POLICY)).status())
                .isEqualTo(403);
        ApiClient outsider = api(tokens().token("dora", "another-" + network));
        assertThat(outsider.get(base + "/self-assessment").status()).isEqualTo(404);
        assertThat(etag(alice, BackboneRole.VISION_STRATEGY)).isEqualTo(now);
    }
}
