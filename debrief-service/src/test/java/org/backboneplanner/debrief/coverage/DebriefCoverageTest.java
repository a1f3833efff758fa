package org.backboneplanner.debrief.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

class DebriefCoverageTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        alice = api(tokens().token("alice", network));
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(long sequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, sequence, payload));
    }

    private static RoleUpdated measurement(Carrier... carriers) {
        return SampleEvents.roleUpdated(BackboneRole.SHARED_MEASUREMENT, carriers);
    }

    private static NextStepDetails step(String id, NextStepStatus status, LocalDate due) {
        return SampleEvents.step(id, BackboneRole.SHARED_MEASUREMENT, "Choisir des indicateurs",
                new StepOwner("alice", null, "Alice", "alice@example.org", "fr"), due, status);
    }

    private JsonNode awaitDebrief(java.util.function.Predicate<JsonNode> ready) {
        String path = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Response response = alice.get(path);
            last[0] = response.json();
            return response.status() == 200 && ready.test(last[0]);
        });
        return last[0];
    }

    private static JsonNode role(JsonNode debrief, BackboneRole role) {
        return debrief.get("roles").get(role.ordinal());
    }

    @Test
    void coverageShowsWhichRolesHaveACarrierAndHowManyStepsAreOpen() {
        publish(1, SampleEvents.initiativeCreated("Table 0-5 ans"));
        publish(2, measurement(new Carrier(CarrierKind.PARTNER, "p1", null, "CISSS"),
                new Carrier(CarrierKind.TO_FIND, null, null, "Analyste")));
        publish(3, new NextStepScheduled("Table 0-5 ans", step("s1", NextStepStatus.TODO, LocalDate.now().plusDays(3))));
        publish(4, new NextStepScheduled("Table 0-5 ans", step("s2", NextStepStatus.TODO, LocalDate.now().minusDays(3))));

        JsonNode debrief = awaitDebrief(d -> d.get("openNextSteps").asLong() == 2);

        assertThat(debrief.get("initiativeName").asString()).isEqualTo("Table 0-5 ans");
        assertThat(debrief.get("coveredRoles").asInt()).isEqualTo(1);
        JsonNode measurement = role(debrief, BackboneRole.SHARED_MEASUREMENT);
        assertThat(measurement.get("covered").asBoolean()).isTrue();
        assertThat(measurement.get("partners").asLong()).isEqualTo(1);
        assertThat(measurement.get("toFind").asLong()).isEqualTo(1);
        assertThat(measurement.get("openNextSteps").asLong()).isEqualTo(2);
        assertThat(measurement.get("overdueNextSteps").asLong()).isEqualTo(1);
        assertThat(role(debrief, BackboneRole.POLICY).get("covered").asBoolean()).isFalse();
        assertThat(debrief.get("roles").get(0).get("labelFr").asString())
                .isEqualTo("Guider la vision et la stratégie d'ensemble");
    }

    @Test
    void aRemovedStepLeavesTheCountsUntilItIsRestored() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, new NextStepScheduled("Table", step("s1", NextStepStatus.TODO, LocalDate.now().plusDays(3))));
        publish(3, new NextStepScheduled("Table", step("s2", NextStepStatus.TODO, LocalDate.now().minusDays(3))));
        awaitDebrief(d -> d.get("openNextSteps").asLong() == 2);

        publish(4, new NextStepRemoved("Table", step("s2", NextStepStatus.TODO, LocalDate.now().minusDays(3))));

        JsonNode removed = awaitDebrief(d -> d.get("openNextSteps").asLong() == 1);
        assertThat(role(removed, BackboneRole.SHARED_MEASUREMENT).get("overdueNextSteps").asLong()).isZero();

        publish(5, new NextStepRestored("Table", step("s2", NextStepStatus.TODO, LocalDate.now().minusDays(3))));

        JsonNode restored = awaitDebrief(d -> d.get("openNextSteps").asLong() == 2);
        assertThat(role(restored, BackboneRole.SHARED_MEASUREMENT).get("overdueNextSteps").asLong()).isEqualTo(1);
    }

    @Test
    void aRedeliveredOrStaleEventChangesNothingTwice() {
        publish(1, SampleEvents.initiativeCreated("Table"));
        publish(2, measurement(new Carrier(CarrierKind.PARTNER, "p1", null, "CISSS")));
        publish(3, new NextStepScheduled("Table", step("s1", NextStepStatus.TODO, LocalDate.now().plusDays(3))));
        publish(4, SampleEvents.updated("Table", step("s1", NextStepStatus.DONE, LocalDate.now().plusDays(3)),
                step("s1", NextStepStatus.TODO, LocalDate.now().plusDays(3)), "status"));
        awaitDebrief(d -> d.get("openNextSteps").asLong() == 0);

        // the same events again, as after a producer retry or a consumer restart; a replayed older
        // state must not overwrite the newer one, nor count as a change
        publish(2, measurement());
        publish(3, new NextStepScheduled("Table", step("s1", NextStepStatus.TODO, LocalDate.now().plusDays(3))));
        publish(5, SampleEvents.initiativeCreated("Table")); // a marker: once it shows, the replays were read

        JsonNode debrief = awaitDebrief(d -> d.get("roles").size() == 6 && mongoChanges() == 5);
        assertThat(debrief.get("openNextSteps").asLong()).isZero();
        assertThat(role(debrief, BackboneRole.SHARED_MEASUREMENT).get("partners").asLong()).isEqualTo(1);
    }

    @Autowired
    MongoTemplate mongo;

    private long mongoChanges() {
        InitiativeCoverage coverage = mongo.findById(initiative, InitiativeCoverage.class);
        return coverage == null ? 0 : coverage.changes();
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsStillApply() {
        publisher.publishRaw(Topics.WORKSHEET, initiative, "{not json");
        publish(1, SampleEvents.initiativeCreated("After the poison"));

        assertThat(awaitDebrief(d -> true).get("initiativeName").asString()).isEqualTo("After the poison");
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.deadLetter(Topics.WORKSHEET))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                tap.poll();
                return tap.records(initiative).stream().anyMatch(r -> r.value().equals("{not json"));
            });
        }
    }

    @Test
    void anotherNetworksDebriefIs404AndSoIsAnUnknownInitiative() {
        publish(1, SampleEvents.initiativeCreated("Private"));
        awaitDebrief(d -> true);

        String otherNetwork = newNetwork();
        ApiClient outsider = api(tokens().token("mallory", otherNetwork));
        assertThat(outsider.get("/api/networks/" + network + "/initiatives/" + initiative + "/debrief").status())
                .isEqualTo(404);
        assertThat(api(tokens().token("mallory", otherNetwork, network))
                .get("/api/networks/" + otherNetwork + "/initiatives/" + initiative + "/debrief").status()).isEqualTo(404);
        assertThat(alice.get("/api/networks/" + network + "/initiatives/nope/debrief").status()).isEqualTo(404);
    }

    @Test
    void theDashboardShowsTheNetworksInitiativesRoleByRole() {
        publish(1, SampleEvents.initiativeCreated("Alpha"));
        publish(2, measurement(new Carrier(CarrierKind.MEMBER, null, "alice", "Alice")));
        awaitDebrief(d -> d.get("coveredRoles").asInt() == 1);

        JsonNode dashboard = alice.get("/api/networks/" + network + "/dashboard").json();

        assertThat(dashboard.get("initiatives").size()).isEqualTo(1);
        JsonNode row = dashboard.get("initiatives").get(0);
        assertThat(row.get("name").asString()).isEqualTo("Alpha");
        assertThat(row.get("roles").get(BackboneRole.SHARED_MEASUREMENT.ordinal()).get("covered").asBoolean()).isTrue();
    }
}
