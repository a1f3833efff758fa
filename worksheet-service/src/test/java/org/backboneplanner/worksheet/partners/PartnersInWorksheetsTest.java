package org.backboneplanner.worksheet.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Partners of the directory as worksheets see them, from partner-service's events: a renamed partner shows
 * under its new name; an archived one cannot be named again until it is unarchived; a step owned by a
 * partner goes to one of its contacts, whose address the step's event carries for reminders.
 */
class PartnersInWorksheetsTest extends ServiceIntegrationTest {

    private static final PartnerContact LINE = new PartnerContact("Line Roy", "line.roy@granby.example", "en");

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private final String partnerId = UUID.randomUUID().toString();
    private String network;
    private ApiClient alice;
    private String initiative;
    private String row;
    private long sequence;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
        row = initiative + "/worksheet/roles/POLICY";
        publish(new PartnerRegistered(partnerId, "Ville de Granby", "MUNICIPALITY", List.of(), null, false, List.of(LINE)));
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(EventPayload payload) {
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partnerId, ++sequence, Instant.now(),
                new EventEnvelope.Actor("carol", "Carol"), payload));
    }

    private PartnerUpdated updated(String name, boolean archived, String... changed) {
        return new PartnerUpdated(partnerId, name, "MUNICIPALITY", List.of(), null, false, archived, Set.of(changed),
                List.of(LINE));
    }

    private Response nameAsCarrier() {
        return alice.patch(row, Map.of("carriers", List.of(Map.of("kind", "PARTNER", "partnerId", partnerId))),
                Map.of("If-Match", alice.get(row).header("ETag")));
    }

    private JsonNode carriers() {
        return alice.get(initiative + "/worksheet").json().get("roles").get(4).get("carriers");
    }

    @Test
    void aRenamedPartnerShowsUnderItsNewNameInTheWorksheet() {
        await().atMost(Duration.ofSeconds(20)).until(() -> nameAsCarrier().status() == 200);
        assertThat(carriers().get(0).get("name").asString()).isEqualTo("Ville de Granby");

        publish(updated("Ville de Granby (Haute-Yamaska)", false, "name"));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                carriers().get(0).get("name").asString().equals("Ville de Granby (Haute-Yamaska)"));
        assertThat(carriers().get(0).get("partnerId").asString()).isEqualTo(partnerId);
    }

    @Test
    void anArchivedPartnerStaysShownButCannotBeNamedUntilItIsUnarchived() {
        await().atMost(Duration.ofSeconds(20)).until(() -> nameAsCarrier().status() == 200);

        publish(updated("Ville de Granby", true, "archived"));
        await().atMost(Duration.ofSeconds(20)).until(() -> nameAsCarrier().status() == 400);
        assertThat(nameAsCarrier().json().get("errors").get(0).get("field").asString()).isEqualTo("carriers[0].partnerId");
        assertThat(carriers().get(0).get("name").asString()).as("a worksheet that names it stays readable")
                .isEqualTo("Ville de Granby");

        publish(updated("Ville de Granby", false, "archived"));

        await().atMost(Duration.ofSeconds(20)).until(() -> nameAsCarrier().status() == 200);
    }

    @Test
    void aStepOwnedByAPartnerGoesToOneOfItsContactsAndItsEventCarriesTheirAddress() {
        String steps = row + "/next-steps";
        Map<String, Object> owner = Map.of("partnerId", partnerId, "email", "LINE.ROY@granby.example");
        await().atMost(Duration.ofSeconds(20)).until(() -> nameAsCarrier().status() == 200); // the partner is known

        Response step = alice.post(steps, Map.of("title", "Réserver la salle", "owner", owner, "dueDate", "2027-03-01"));

        assertThat(step.status()).isEqualTo(201);
        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            NextStepScheduled scheduled = tap.awaitEvents(id, events -> events.stream()
                            .anyMatch(e -> e.payload() instanceof NextStepScheduled), Duration.ofSeconds(20)).stream()
                    .map(EventEnvelope::payload).filter(NextStepScheduled.class::isInstance)
                    .map(NextStepScheduled.class::cast).findFirst().orElseThrow();
            assertThat(scheduled.step().owner().partnerId()).isEqualTo(partnerId);
            assertThat(scheduled.step().owner().email()).isEqualTo("line.roy@granby.example");
            assertThat(scheduled.step().owner().name()).isEqualTo("Line Roy");
            assertThat(scheduled.step().owner().language()).isEqualTo("en");
        }
    }
}
