package org.backboneplanner.worksheet.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The network by its name, not its alias: the initiative keeps the name its creator's token gives and tells
 * the other services (InitiativeCreated); when Keycloak renames the network, the next write of a member whose
 * token has the new name takes it and tells them again (InitiativeDetailsChanged).
 */
class NetworkNameTest extends ServiceIntegrationTest {

    @Test
    void theNetworksNameTravelsWithTheInitiativeAndFollowsARename() {
        String network = newNetwork();
        ApiClient alice = api(tokens().of("alice").networks(List.of(network)).networkName(network, "Réseau Montérégie")
                .sign());
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        String row = initiative + "/worksheet/roles/POLICY";
        alice.patch(row, Map.of("strengths", List.of("Élus engagés")), Map.of("If-Match", alice.get(row).header("ETag")));

        ApiClient renamed = alice.as(tokens().of("alice").networks(List.of(network))
                .networkName(network, "Réseau de la Montérégie").sign());
        renamed.patch(row, Map.of("strengths", List.of("Élus engagés", "Mairesse convaincue")),
                Map.of("If-Match", renamed.get(row).header("ETag")));
        renamed.patch(row, Map.of("weaknesses", List.of("Peu de temps")), Map.of("If-Match", renamed.get(row).header("ETag")));

        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() == 5, Duration.ofSeconds(20));
            assertThat(events.get(0).payloadAs(InitiativeCreated.class).networkName()).isEqualTo("Réseau Montérégie");
            assertThat(events.get(1).payload()).isInstanceOf(RoleUpdated.class);
            assertThat(events.get(2).payload()).isInstanceOf(RoleUpdated.class);
            assertThat(events.get(3).payloadAs(InitiativeDetailsChanged.class).networkName())
                    .isEqualTo("Réseau de la Montérégie");
            assertThat(events.get(3).payloadAs(InitiativeDetailsChanged.class).name()).isEqualTo("Table");
            assertThat(events.get(4).payload()).as("the name is told once").isInstanceOf(RoleUpdated.class);
        }
    }
}
