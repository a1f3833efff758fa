package org.backboneplanner.worksheet.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Limits;
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

/**
 * Every date, text, count and address the worksheet takes has a bound, answered 400 (409 for a full
 * list, 429 for too many invitations) as problem+json naming the field, and nothing is stored.
 */
class InputBoundsTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;
    private String steps;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").email("alice@example.org").sign());
        initiative = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Table", "startYear", 2027, "endYear", 2030)).header("Location");
        steps = initiative + "/worksheet/roles/POLICY/next-steps";
    }

    private Response step(Object dueDate) {
        return alice.post(steps, Map.of("title", "Rencontrer les élus", "owner", Map.of(), "dueDate", dueDate));
    }

    @Test
    void aDueDateFarFromTheHorizonIsRefusedAndNothingIsStored() {
        // this one made notification-service spin for ever before: the API took it
        Response absurd = step("-10000000-01-01");
        Response beforeTheCentury = step("1999-12-31");
        Response tooFarAfter = step("2036-01-01");

        assertThat(List.of(absurd.status(), beforeTheCentury.status(), tooFarAfter.status())).containsOnly(400);
        assertThat(tooFarAfter.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        // the bounds as people write dates, in the caller's language (English here)
        assertThat(tooFarAfter.json().get("errors").get(0).get("message").asString()).contains("January 1, 2022", "December 31, 2035");
        assertThat(step("2035-12-31").status()).isEqualTo(201);
        assertThat(step("2022-01-01").status()).isEqualTo(201);
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("nextSteps")).hasSize(2);
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyAreAndLineBreaksOnlyWhereTextMayHaveLines() {
        Response controls = alice.post(steps, Map.of("title", "\u0001".repeat(200), "owner", Map.of(),
                "dueDate", "2028-01-01"));
        Response bareReturn = alice.post(steps, Map.of("title", "Avant\rAprès", "owner", Map.of(), "dueDate", "2028-01-01"));
        Response inAList = alice.patch(initiative + "/worksheet/roles/POLICY", Map.of("strengths", List.of("ok", "a\u0000b")),
                Map.of("If-Match", alice.get(initiative + "/worksheet/roles/POLICY").header("ETag")));
        Response multiLine = alice.post(steps, Map.of("title", "Plan", "description", "ligne 1\r\nligne 2\rligne 3",
                "owner", Map.of(), "dueDate", "2028-01-01"));

        assertThat(controls.status()).isEqualTo(400);
        assertThat(controls.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(controls.json().get("detail").asString()).contains("U+0001").doesNotContain("\u0001");
        assertThat(bareReturn.status()).isEqualTo(400);
        assertThat(bareReturn.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(inAList.status()).isEqualTo(400);
        assertThat(inAList.json().get("errors").get(0).get("field").asString()).isEqualTo("strengths[1]");
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("strengths")).isEmpty();
        assertThat(multiLine.status()).isEqualTo(201);
        assertThat(multiLine.json().get("description").asString()).isEqualTo("ligne 1\nligne 2\nligne 3");
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("nextSteps")).hasSize(1);
    }

    @Test
    void aRoleKeepsAtMostFiftyNextSteps() {
        for (int i = 0; i < Limits.STEPS; i++) {
            assertThat(step("2028-01-01").status()).isEqualTo(201);
        }
        Response oneTooMany = step("2028-01-01");

        assertThat(oneTooMany.status()).isEqualTo(409);
        assertThat(oneTooMany.contentType()).startsWith("application/problem+json");
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("nextSteps")).hasSize(Limits.STEPS);
    }

    @Test
    void aKeyTaskTakesAtMostTenPartners() {
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            partners.add(UUID.randomUUID().toString());
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(Map.of("task", "Tâche " + i, "partnerIds", partners));
        }
        Response response = alice.send("PUT", initiative + "/worksheet/roles/POLICY/sharing",
                Map.of("shared", true, "tasks", tasks),
                Map.of("If-Match", alice.get(initiative + "/worksheet/roles/POLICY").header("ETag")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).startsWith("tasks[");
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("sharing").get("shared").asBoolean())
                .isFalse();
    }

    @Test
    void anInitiativeSendsAtMostTwentyInvitationsADay() {
        for (int i = 0; i < Limits.INVITATIONS_PER_DAY; i++) {
            assertThat(alice.post(initiative + "/members", Map.of("email", "guest" + i + "@example.org",
                    "name", "Invité " + i, "role", "GUEST")).status()).isEqualTo(201);
        }
        Response oneTooMany = alice.post(initiative + "/members", Map.of("email", "guest-x@example.org",
                "name", "Invité X", "role", "GUEST"));

        assertThat(oneTooMany.status()).isEqualTo(429);
        assertThat(Long.parseLong(oneTooMany.header("Retry-After"))).isPositive();
        assertThat(alice.get(initiative + "/members").json().toString()).doesNotContain("guest-x@example.org");
    }

    @Test
    void ifMatchStarCannotOverwriteUnseenChanges() {
        Response star = alice.patch(initiative + "/worksheet/roles/POLICY", Map.of("strengths", List.of("x")),
                Map.of("If-Match", "*"));

        assertThat(star.status()).isEqualTo(428);
        assertThat(alice.get(initiative + "/worksheet/roles/POLICY").json().get("strengths")).isEmpty();
    }

    @Test
    void remindersGoOnlyToAddressesTheSystemVouchesFor() {
        String partnerId = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partnerId, 1, Instant.now(),
                    new EventEnvelope.Actor("carol", "Carol"), new PartnerRegistered(partnerId, "Ville de Granby",
                            "MUNICIPALITY", List.of(), null, false,
                            List.of(new PartnerContact("Line Roy", "Line.Roy@granby.example", "en")))));
        }
        Map<String, Object> stranger = Map.of("partnerId", partnerId, "email", "victim@elsewhere.example");
        Map<String, Object> contact = Map.of("partnerId", partnerId, "email", "line.roy@granby.example");
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.post(steps, Map.of("title", "Probe", "owner", contact,
                "dueDate", "2028-01-01")).status() == 201);

        Response toStranger = alice.post(steps, Map.of("title", "Relancer", "owner", stranger, "dueDate", "2028-01-01"));
        Response toTypedAddress = alice.post(steps, Map.of("title", "Relancer", "owner",
                Map.of("email", "victim@elsewhere.example"), "dueDate", "2028-01-01"));
        Response toContact = alice.post(steps, Map.of("title", "Relancer", "owner", contact, "dueDate", "2028-01-01"));

        assertThat(toStranger.status()).isEqualTo(400);
        assertThat(toStranger.json().get("errors").get(0).get("field").asString()).isEqualTo("owner.email");
        assertThat(toTypedAddress.status()).isEqualTo(400);
        assertThat(toContact.status()).isEqualTo(201);
        assertThat(toContact.json().get("owner").get("name").asString()).isEqualTo("Line Roy");
        assertThat(toContact.json().get("owner").get("email").asString()).isEqualTo("Line.Roy@granby.example");
        assertThat(toContact.json().get("owner").get("language").asString()).isEqualTo("en");
        assertThat(alice.get(initiative + "/worksheet").body()).doesNotContain("victim@elsewhere.example");
    }

}
