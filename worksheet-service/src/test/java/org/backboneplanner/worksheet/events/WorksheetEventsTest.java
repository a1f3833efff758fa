package org.backboneplanner.worksheet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.TestServers;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/** Each change of a worksheet is published, in order, with a sequence per initiative. */
class WorksheetEventsTest extends ServiceIntegrationTest {

    @Test
    void changesArePublishedInOrderWithIncreasingSequencesKeyedByInitiative() {
        String network = newNetwork();
        ApiClient alice = api(tokens().token("alice", network));
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .json().get("id").asString();
        String worksheet = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/";
        alice.patch(worksheet + "POLICY", Map.of("strengths", List.of("Élus engagés")),
                Map.of("If-Match", alice.get(worksheet + "POLICY").header("ETag")));
        var step = alice.post(worksheet + "POLICY/next-steps",
                Map.of("title", "Rencontrer la MRC", "owner", Map.of(), "dueDate", LocalDate.now().plusDays(10).toString()));
        alice.patch(worksheet + "POLICY/next-steps/" + step.json().get("id").asString(),
                Map.of("dueDate", LocalDate.now().plusDays(20).toString()), Map.of("If-Match", step.header("ETag")));

        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() >= 4, Duration.ofSeconds(20));

            assertThat(events).extracting(EventEnvelope::type)
                    .containsExactly("InitiativeCreated", "RoleUpdated", "NextStepScheduled", "NextStepUpdated");
            assertThat(events).extracting(EventEnvelope::sequence).containsExactly(1L, 2L, 3L, 4L);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.networkId()).isEqualTo(network);
                assertThat(e.initiativeId()).isEqualTo(id);
                assertThat(e.actor()).isEqualTo("alice");
            });
            assertThat(((RoleUpdated) events.get(1).payload()).strengths()).containsExactly("Élus engagés");
            assertThat(((NextStepScheduled) events.get(2).payload()).step().title()).isEqualTo("Rencontrer la MRC");
            assertThat(((NextStepUpdated) events.get(3).payload()).changed()).containsExactly("dueDate");
            assertThat(tap.records(id)).allSatisfy(r -> assertThat(r.key()).isEqualTo(id));
        }
    }
}
