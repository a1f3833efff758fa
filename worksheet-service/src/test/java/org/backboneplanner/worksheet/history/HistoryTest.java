package org.backboneplanner.worksheet.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every change is recorded with who, when, and before → after, per worksheet, role and next step. */
class HistoryTest extends ServiceIntegrationTest {

    @Test
    void changesAreReadablePerWorksheetPerRoleAndPerStep() {
        String network = newNetwork();
        ApiClient alice = api(tokens().of("alice").networks(List.of(network)).name("Alice Tremblay").sign());
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .header("Location");
        String row = initiative + "/worksheet/roles/POLICY";
        alice.patch(row, Map.of("weaknesses", List.of("Peu de liens avec les élus")),
                Map.of("If-Match", alice.get(row).header("ETag")));
        alice.patch(row, Map.of("weaknesses", List.of("Peu de liens avec les élus", "Aucun porte-parole")),
                Map.of("If-Match", alice.get(row).header("ETag")));
        var step = alice.post(row + "/next-steps", Map.of("title", "Rencontrer la MRC", "owner", Map.of(),
                "dueDate", LocalDate.now().plusDays(30).toString()));
        String stepId = step.json().get("id").asString();
        alice.patch(row + "/next-steps/" + stepId, Map.of("dueDate", LocalDate.now().plusDays(60).toString()),
                Map.of("If-Match", step.header("ETag")));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                alice.get(initiative + "/worksheet/history").json().get("total").asLong() == 5);

        JsonNode all = alice.get(initiative + "/worksheet/history").json().get("items");
        assertThat(all.valueStream().map(e -> e.get("type").asString())).containsExactly("NextStepUpdated",
                "NextStepScheduled", "RoleUpdated", "RoleUpdated", "InitiativeCreated");
        assertThat(all.get(0).get("actorName").asString()).isEqualTo("Alice Tremblay");
        assertThat(all.get(0).get("occurredAt").asString()).isNotBlank();

        JsonNode policy = alice.get(initiative + "/worksheet/history?role=POLICY").json().get("items");
        assertThat(policy.size()).isEqualTo(4);
        JsonNode secondChange = policy.get(2);
        assertThat(secondChange.get("before").get("weaknesses").size()).isEqualTo(1);
        assertThat(secondChange.get("after").get("weaknesses").size()).isEqualTo(2);

        JsonNode ofStep = alice.get(initiative + "/worksheet/history?stepId=" + stepId).json().get("items");
        assertThat(ofStep.size()).isEqualTo(2);
        assertThat(ofStep.get(0).get("before").get("dueDate").asString())
                .isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(ofStep.get(0).get("after").get("step").get("dueDate").asString())
                .isEqualTo(LocalDate.now().plusDays(60).toString());
        assertThat(ofStep.get(0).get("after").get("changed").get(0).asString()).isEqualTo("dueDate");
    }
}
