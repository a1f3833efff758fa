package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Alice and Bob, with their real Keycloak tokens, fill a monteregie initiative's worksheet together
 * through the gateway, adopt it as a version, and export it as PDF and CSV.
 */
class WorksheetTogetherTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void aliceAndBobFillAWorksheetAdoptAVersionAndExportIt() throws Exception {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        ApiClient bob = new ApiClient(system.gatewayUrl(), system.token("bob"));
        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Persévérance scolaire",
                "maturity", "DEVELOPING", "startYear", 2026, "endYear", 2029)).header("Location");
        assertThat(alice.post(initiative + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob Gagnon",
                "role", "PARTNER", "language", "en")).status()).isEqualTo(201);
        assertThat(bob.get(initiative).json().get("myRole").asString()).isEqualTo("PARTNER");

        // both write different rows from the same read: no conflict
        JsonNode sheet = alice.get(initiative + "/worksheet").json();
        for (int i = 0; i < 6; i++) {
            JsonNode row = sheet.get("roles").get(i);
            ApiClient writer = i % 2 == 0 ? alice : bob;
            Response written = writer.patch(initiative + "/worksheet/roles/" + row.get("key").asString(), Map.of(
                    "carriers", List.of(Map.of("kind", "TO_FIND", "name", "Porteur " + i)),
                    "strengths", List.of("Force " + i), "weaknesses", List.of("Faiblesse " + i)),
                    Map.of("If-Match", row.get("etag").asString()));
            assertThat(written.status()).isEqualTo(200);
        }
        Response step = bob.post(initiative + "/worksheet/roles/RESOURCES/next-steps", Map.of(
                "title", "Déposer une demande conjointe", "owner", Map.of(),
                "dueDate", LocalDate.now().plusMonths(4).toString()));
        assertThat(step.status()).isEqualTo(201);
        assertThat(step.json().get("owner").get("email").asString()).isEqualTo("bob@partenaires.example");
        String pooling = alice.get(initiative + "/worksheet").json().get("pooling").get("etag").asString();
        assertThat(alice.send("PUT", initiative + "/worksheet/pooling", Map.of("intentions", List.of(
                Map.of("description", "Un local partagé", "roles", List.of("COMMUNITY_ENGAGEMENT")))),
                Map.of("If-Match", pooling)).status()).isEqualTo(200);

        Response version = alice.post(initiative + "/worksheet/versions", Map.of("name", "Plan 2026–2029"));
        assertThat(version.status()).isEqualTo(201);
        assertThat(bob.post(initiative + "/worksheet/versions", Map.of("name", "Bob's")).status()).isEqualTo(403);

        HttpResponse<byte[]> pdf = download(initiative + "/worksheet/export?format=pdf&lang=fr");
        HttpResponse<byte[]> csv = download(initiative + "/worksheet/export?format=csv&lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Déposer une demande conjointe")
                .contains("Mobilize resources");

        await().atMost(Duration.ofSeconds(30)).until(() ->
                alice.get(initiative + "/worksheet/history").json().get("total").asLong() >= 11);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response debrief = alice.get(initiative + "/debrief");
            return debrief.status() == 200 && debrief.json().get("openNextSteps").asLong() == 1
                    && debrief.json().get("rolesToFind").asInt() == 6;
        });
    }

    @Test
    void bobSeesAlicesChangeLiveThroughTheGateway() throws Exception {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Table en direct"))
                .header("Location");
        alice.post(initiative + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob", "role", "GUEST"));
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.gatewayUrl() + initiative + "/worksheet/live"))
                .header("Authorization", "Bearer " + system.token("bob")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull(); // the stream is open
        // the live consumer starts at the newest record once it has its partitions: probe until a change arrives
        String row = initiative + "/worksheet/roles/POLICY";
        untilStreaming(alice, row, lines);
        lines.clear();

        // the change is made to another row than the probes': a late probe is skipped, never taken for it
        String changed = initiative + "/worksheet/roles/SHARED_MEASUREMENT";
        long start = System.nanoTime();
        alice.patch(changed, Map.of("strengths", List.of("Élus présents")), Map.of("If-Match", alice.get(changed).header("ETag")));
        String change = null;
        long deadline = start + Duration.ofSeconds(20).toNanos();
        while (change == null) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            assertThat(line).as("the row's change within 20 s").isNotNull();
            change = line.startsWith("data:") && line.contains("RoleUpdated") && line.contains("SHARED_MEASUREMENT") ? line : null;
        }
        // a figure, never a test of speed
        System.out.printf("live change seen through the gateway %d ms after the write%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(change).contains("\"role\":\"SHARED_MEASUREMENT\"").contains("Alice Tremblay");
        stream.body().close();
    }

    private static void untilStreaming(ApiClient writer, String row,
                                       java.util.concurrent.BlockingQueue<String> lines) throws InterruptedException {
        for (int probe = 1; probe <= 20; probe++) {
            writer.patch(row, Map.of("weaknesses", List.of("probe " + probe)), Map.of("If-Match", writer.get(row).header("ETag")));
            for (String line; (line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
                if (line.startsWith("data:") && line.contains("RoleUpdated")) {
                    return;
                }
            }
        }
        throw new AssertionError("no change ever reached the live stream");
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.gatewayUrl() + path))
                .header("Authorization", "Bearer " + system.token("alice")).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
