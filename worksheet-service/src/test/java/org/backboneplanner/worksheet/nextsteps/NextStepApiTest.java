package org.backboneplanner.worksheet.nextsteps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NextStepApiTest extends ServiceIntegrationTest {

    private ApiClient alice;
    private String stepsPath;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        alice = api(tokens().of("alice").networks(java.util.List.of(network)).name("Alice Tremblay")
                .email("alice@example.org").locale("fr").sign());
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .json().get("id").asString();
        stepsPath = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/RESOURCES/next-steps";
    }

    private String rowPath() {
        return stepsPath.substring(0, stepsPath.length() - "/next-steps".length());
    }

    @Test
    void aStepOwnedByTheCallerTakesTheirNameEmailAndLanguageAndAHorizonFromItsDueDate() {
        LocalDate due = LocalDate.now().plusMonths(2);
        Response created = alice.post(stepsPath, Map.of("title", "Déposer la demande au fonds régional",
                "owner", Map.of(), "dueDate", due.toString()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/next-steps/" + created.json().get("id").asString());
        assertThat(created.json().get("owner").get("name").asString()).isEqualTo("Alice Tremblay");
        assertThat(created.json().get("owner").get("email").asString()).isEqualTo("alice@example.org");
        assertThat(created.json().get("owner").get("language").asString()).isEqualTo("fr");
        assertThat(created.json().get("horizon").asString()).isEqualTo("SHORT");
        assertThat(created.json().get("status").asString()).isEqualTo("TODO");
        assertThat(created.json().get("dueDate").asString()).isEqualTo(due.toString());
    }

    @Test
    void markingAStepDoneRecordsTheDayAndNeedsItsEtag() {
        Response created = alice.post(stepsPath, Map.of("title", "Étape", "owner", Map.of(),
                "dueDate", LocalDate.now().plusYears(2).toString()));
        String step = stepsPath + "/" + created.json().get("id").asString();
        assertThat(created.json().get("horizon").asString()).isEqualTo("MEDIUM");

        assertThat(alice.patch(step, Map.of("status", "DONE"), Map.of()).status()).isEqualTo(428);
        assertThat(alice.get(rowPath()).json().get("nextSteps").get(0).get("status").asString()).isEqualTo("TODO");
        Response done = alice.patch(step, Map.of("status", "DONE"), Map.of("If-Match", created.header("ETag")));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("doneDate").isNull()).isFalse();
        assertThat(alice.patch(step, Map.of("status", "TODO"), Map.of("If-Match", created.header("ETag"))).status())
                .isEqualTo(412);
        assertThat(alice.get(rowPath()).json().get("nextSteps").get(0).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void aStepWithoutDueDateOrTitleIs400WithBothFields() {
        Response response = alice.post(stepsPath, Map.of("owner", Map.of()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("title", "dueDate");
        assertThat(alice.get(rowPath()).json().get("nextSteps")).isEmpty();
    }

    @Test
    void aBadDateIs400NamingTheField() {
        Response response = alice.post(stepsPath, Map.of("title", "x", "owner", Map.of(), "dueDate", "31/12/2027"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        assertThat(alice.get(rowPath()).json().get("nextSteps")).isEmpty();
    }

    @Test
    void anUnknownStepIs404() {
        Response response = alice.patch(stepsPath + "/nope", Map.of("status", "DONE"), Map.of("If-Match", "\"s1\""));
        assertThat(response.status()).isEqualTo(404);
    }
}
