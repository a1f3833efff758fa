package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conditional reads through the gateway with real Keycloak tokens: the debrief and a page of the directory,
 * which have no version of their own, answer 304 with no body to a client that still holds them; the
 * worksheet does from its version.
 */
class ConditionalReadsTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    private static Response readAgain(ApiClient member, String path, Response first) {
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).as(path).startsWith("\"");
        return member.getIfNoneMatch(path, first.header("ETag"));
    }

    @Test
    void theDebriefTheDirectoryAndTheWorksheetAnswer304ThroughTheGateway() {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String initiative = alice.post("/api/networks/monteregie/initiatives",
                Map.of("name", "Lecture conditionnelle " + UUID.randomUUID().toString().substring(0, 6)))
                .header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(initiative + "/debrief").status() == 200);

        for (String path : new String[]{initiative + "/debrief", "/api/networks/monteregie/partners?q=ville",
                initiative + "/worksheet"}) {
            // the initiative's first events may still be reaching the debrief between two reads
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Response again = readAgain(alice, path, alice.get(path));

                assertThat(again.status()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
            });
        }
    }
}
