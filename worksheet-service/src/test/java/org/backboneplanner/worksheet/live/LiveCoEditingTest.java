package org.backboneplanner.worksheet.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member with the worksheet open sees another's change as it happens, without reloading. */
class LiveCoEditingTest extends ServiceIntegrationTest {

    @Autowired
    LiveWorksheets live;

    @Test
    void bobSeesAlicesChangeOnHisOpenWorksheet() throws Exception {
        String network = newNetwork();
        ApiClient alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").sign());
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .header("Location");
        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        HttpRequest watch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + initiative + "/worksheet/live"))
                .header("Authorization", "Bearer " + tokens().token("bob", network))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(watch, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = read(stream);
        await().atMost(Duration.ofSeconds(10)).until(() -> live.watching(id) == 1);
        // the live consumer starts at the newest record: probe until a change reaches the stream
        untilStreaming(alice, initiative, lines);
        lines.clear();

        String row = initiative + "/worksheet/roles/SHARED_MEASUREMENT";
        long changedAt = System.nanoTime();
        alice.patch(row, Map.of("strengths", List.of("Données communes")), Map.of("If-Match", alice.get(row).header("ETag")));

        // a probe written just before may still arrive (it changes another row): skipped, not taken for this change
        String change = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (change == null) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(line).as("this row's change within 20 s").isNotNull();
            if (line.startsWith("data:") && line.contains("RoleUpdated") && line.contains("\"role\":\"SHARED_MEASUREMENT\"")) {
                change = line;
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - changedAt).toMillis();
        assertThat(change).contains("\"role\":\"SHARED_MEASUREMENT\"").contains("\"actorName\":\"Alice\"");
        System.out.printf("live change seen %d ms after the write%n", millis); // a figure, never a test of speed
        stream.body().close();
    }

    @Test
    void aWatcherWhoLosesTheRightToReadIsCutOff() throws Exception {
        String network = newNetwork();
        ApiClient alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").sign());
        Response created = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"));
        String initiative = created.header("Location");
        String id = created.json().get("id").asString();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + initiative + "/worksheet/live"))
                .header("Authorization", "Bearer " + tokens().token("dora", network)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        await().atMost(Duration.ofSeconds(10)).until(() -> live.watching(id) == 1);
        untilStreaming(alice, initiative, read(stream));

        alice.patch(initiative, Map.of("visibility", "MEMBERS"), Map.of("If-Match", created.header("ETag")));

        await().atMost(Duration.ofSeconds(10)).until(() -> live.watching(id) == 0);
        stream.body().close();
    }

    @Test
    void aMemberFollowsAtMostFiveWorksheetsLive() throws Exception {
        String network = newNetwork();
        ApiClient alice = api(tokens().token("alice", network));
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .header("Location");
        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        String token = tokens().token("erin", network);
        List<HttpResponse<InputStream>> open = new java.util.ArrayList<>();
        for (int i = 0; i < LiveWorksheets.STREAMS_PER_MEMBER; i++) {
            open.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + initiative + "/worksheet/live")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> live.watching(id) == LiveWorksheets.STREAMS_PER_MEMBER);

        Response sixth = api(token).get(initiative + "/worksheet/live");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        for (HttpResponse<InputStream> stream : open) {
            stream.body().close();
        }
    }

    /**
     * Changes a row until the change reaches the stream: the live consumer reads from the newest record,
     * so a change made before it has its partitions is not seen, and waiting a fixed time proves nothing.
     */
    private static void untilStreaming(ApiClient writer, String initiative, BlockingQueue<String> lines)
            throws InterruptedException {
        String row = initiative + "/worksheet/roles/POLICY";
        for (int probe = 1; probe <= 20; probe++) {
            writer.patch(row, Map.of("weaknesses", List.of("probe " + probe)), Map.of("If-Match", writer.get(row).header("ETag")));
            for (String line; (line = lines.poll(1, TimeUnit.SECONDS)) != null; ) {
                if (line.startsWith("data:") && line.contains("RoleUpdated")) {
                    return;
                }
            }
        }
        throw new AssertionError("no change ever reached the live stream");
    }

    private static BlockingQueue<String> read(HttpResponse<InputStream> stream) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // stream closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    @Test
    void aMemberOfAnotherNetworkCannotWatch() {
        String network = newNetwork();
        ApiClient alice = api(tokens().token("alice", network));
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table"))
                .header("Location");

        assertThat(api(tokens().token("mallory", newNetwork())).get(initiative + "/worksheet/live").status()).isEqualTo(404);
    }
}
