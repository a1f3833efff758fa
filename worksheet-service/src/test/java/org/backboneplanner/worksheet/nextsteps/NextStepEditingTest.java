package org.backboneplanner.worksheet.nextsteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Editing a next step in place: its title, description, owner (a member, or a partner's contact from the
 * directory) and due date, each from the tag read (If-Match); a due date outside the horizon's years is kept
 * and answered with a warning the UI words from its code.
 */
class NextStepEditingTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;
    private String steps;
    private final int thisYear = LocalDate.now().getYear();

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice Tremblay").sign());
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table",
                "startYear", thisYear, "endYear", thisYear + 2)).header("Location");
        steps = initiative + "/worksheet/roles/POLICY/next-steps";
    }

    private Response plan(String due) {
        Response created = alice.post(steps, Map.of("title", "Rencontrer les élus", "owner", Map.of(), "dueDate", due));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    /** Changes a step from the answer that showed it last (its creation or a change). */
    private Response patch(Response step, Map<String, Object> change) {
        return alice.patch(steps + "/" + step.json().get("id").asString(), change,
                Map.of("If-Match", step.header("ETag")));
    }

    private JsonNode inWorksheet(String stepId) {
        return alice.get(initiative + "/worksheet").json().get("roles").get(4).get("nextSteps").valueStream()
                .filter(s -> s.get("id").asString().equals(stepId)).findFirst().orElseThrow();
    }

    @Test
    void theTitleChangesFromTheTagReadAndAStaleTagIs412() {
        Response step = plan(thisYear + "-06-01");

        Response changed = patch(step, Map.of("title", "  Rencontrer la mairesse  "));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("Rencontrer la mairesse");
        assertThat(changed.header("ETag")).isNotEqualTo(step.header("ETag"));
        assertThat(patch(step, Map.of("title", "Autre")).status()).isEqualTo(412);
        assertThat(inWorksheet(changed.json().get("id").asString()).get("title").asString())
                .isEqualTo("Rencontrer la mairesse");
        assertThat(patch(changed, Map.of("title", "   ")).status()).as("a title stays").isEqualTo(400);
    }

    @Test
    void theDescriptionChangesAndCanBeEmptied() {
        Response step = plan(thisYear + "-06-01");

        Response described = patch(step, Map.of("description", "Avec la table jeunesse"));
        assertThat(described.json().get("description").asString()).isEqualTo("Avec la table jeunesse");
        Response emptied = patch(described, Map.of("description", ""));

        assertThat(emptied.status()).isEqualTo(200);
        assertThat(inWorksheet(emptied.json().get("id").asString()).get("description").asString()).isEmpty();
    }

    @Test
    void theOwnerBecomesAnotherMemberNamedAsTheirMembershipSays() {
        ApiClient bob = api(tokens().of("bob").networks(List.of(network)).name("Bob Gagnon").locale("en").sign());
        alice.post(initiative + "/members", Map.of("email", "bob@example.org", "name", "Bob", "role", "PARTNER"));
        assertThat(bob.get(initiative).json().get("myRole").asString()).isEqualTo("PARTNER");
        Response step = plan(thisYear + "-06-01");

        Response changed = patch(step, Map.of("owner", Map.of("memberId", "bob", "email", "forged@example.org")));

        assertThat(changed.status()).isEqualTo(200);
        JsonNode owner = changed.json().get("owner");
        assertThat(owner.get("memberId").asString()).isEqualTo("bob");
        assertThat(owner.get("name").asString()).isEqualTo("Bob Gagnon");
        assertThat(owner.get("email").asString()).as("the address is the membership's, never the request's")
                .isEqualTo("bob@example.org");
        assertThat(patch(changed, Map.of("owner", Map.of("memberId", "stranger"))).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("owner.memberId");
    }

    @Test
    void theOwnerBecomesAPartnersContactFromTheDirectoryNeverRetyped() {
        String partnerId = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partnerId, 1, Instant.now(),
                    new EventEnvelope.Actor("carol", "Carol"), new PartnerRegistered(partnerId, "Ville de Granby",
                            "MUNICIPALITY", List.of(), null, false,
                            List.of(new PartnerContact("Line Roy", "line.roy@granby.example", "en")))));
        }
        Response step = plan(thisYear + "-06-01");
        Map<String, Object> contact = Map.of("partnerId", partnerId, "email", "LINE.ROY@granby.example");
        await().atMost(Duration.ofSeconds(20)).until(() -> patch(step, Map.of("owner", contact)).status() == 200);
        String id = step.json().get("id").asString();

        JsonNode owner = inWorksheet(id).get("owner");
        assertThat(owner.get("partnerId").asString()).isEqualTo(partnerId);
        assertThat(owner.get("name").asString()).isEqualTo("Line Roy");
        assertThat(owner.get("email").asString()).isEqualTo("line.roy@granby.example");
        Response stranger = alice.patch(step.header("Location"), Map.of("owner", Map.of("partnerId", partnerId,
                "email", "someone@else.example")), Map.of("If-Match", alice.get(initiative + "/worksheet/roles/POLICY")
                .json().get("nextSteps").get(0).get("etag").asString()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("owner.email");
    }

    @Test
    void theDueDateMovesWithinTheHardBoundsAndOutsideTheHorizonItIsKeptWithAWarning() {
        Response step = plan(thisYear + "-06-01");
        assertThat(step.json().get("warnings")).isEmpty();
        assertThat(step.json().get("dueYear").asInt()).isEqualTo(thisYear);

        Response later = patch(step, Map.of("dueDate", (thisYear + 4) + "-03-15"));

        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json().get("dueDate").asString()).isEqualTo((thisYear + 4) + "-03-15");
        assertThat(later.json().get("dueYear").asInt()).isEqualTo(thisYear + 4);
        JsonNode warning = later.json().get("warnings").get(0);
        assertThat(warning.get("code").asString()).isEqualTo("outside-horizon");
        assertThat(warning.get("startYear").asInt()).isEqualTo(thisYear);
        assertThat(warning.get("endYear").asInt()).isEqualTo(thisYear + 2);
        assertThat(inWorksheet(later.json().get("id").asString()).get("warnings").get(0).get("code").asString())
                .isEqualTo("outside-horizon");

        assertThat(patch(later, Map.of("dueDate", (thisYear + 9) + "-01-01")).status()).as("beyond the hard bounds")
                .isEqualTo(400);
        Response back = patch(later, Map.of("dueDate", (thisYear + 1) + "-01-10"));
        assertThat(back.json().get("warnings")).isEmpty();
    }

    @Test
    void aStepPlannedOutsideTheHorizonIsCreatedWithTheWarning() {
        Response step = plan((thisYear - 1) + "-11-30");

        assertThat(step.json().get("warnings").get(0).get("code").asString()).isEqualTo("outside-horizon");
        assertThat(step.json().get("overdue").asBoolean()).isTrue();
    }

    @Test
    void aStatusMoveTheLifecycleDoesNotAllowIs409AndEachStepSaysItsNextStatuses() {
        Response step = plan(thisYear + "-06-01");
        assertThat(step.json().get("nextStatuses").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("DOING", "DONE", "DROPPED");
        Response done = patch(step, Map.of("status", "DONE"));
        assertThat(done.json().get("nextStatuses").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("TODO", "DOING");

        Response dropped = patch(done, Map.of("status", "DROPPED"));

        assertThat(dropped.status()).isEqualTo(409);
        assertThat(inWorksheet(step.json().get("id").asString()).get("status").asString()).isEqualTo("DONE");
    }
}
