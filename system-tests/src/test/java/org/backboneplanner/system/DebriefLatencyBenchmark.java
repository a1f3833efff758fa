package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Edit-to-debrief latency, on demand (not in the build's budget): alice edits a row's strengths through the
 * gateway (worksheet-service), and the time until the debrief (debrief-service, fed by the worksheet topic)
 * answers the new figure is measured, edit after edit. The debrief is read again as soon as it answers, so a
 * figure includes one read's time at most. Printed as p50/p95/p99, never asserted.
 *
 * <p>Run: {@code ./mvnw -B -pl system-tests -am verify -Dtest=DebriefLatencyBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbenchmark.edits=...} changes the count, 200 by default).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DebriefLatencyBenchmark {

    private static final String POLICY = "POLICY";
    private static final int POLICY_INDEX = 4;

    @Test
    void editToDebriefLatency() {
        RunningSystem system = RunningSystem.shared();
        int edits = Integer.getInteger("benchmark.edits", 200);
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Latence mesurée"))
                .header("Location");
        String row = initiative + "/worksheet/roles/" + POLICY;
        String debrief = initiative + "/debrief";
        while (alice.get(debrief).status() != 200) {
            Thread.onSpinWait(); // the initiative reaches debrief-service once, before timing starts
        }
        String etag = alice.get(row).header("ETag");
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < edits + 10; i++) {
            int strengths = i % 5 + 1;
            long start = System.nanoTime();
            Response written = alice.patch(row, Map.of("strengths", IntStream.rangeClosed(1, strengths)
                    .mapToObj(n -> "Force " + n).toList()), Map.of("If-Match", etag));
            assertThat(written.status()).isEqualTo(200);
            etag = written.header("ETag");
            while (alice.get(debrief).json().at("/analytics/carrying/roles/" + POLICY_INDEX + "/strengths").asInt()
                    != strengths) {
                Thread.onSpinWait();
            }
            if (i >= 10) { // the first ten warm the JVMs up
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf("DEBRIEF LATENCY edits=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", micros.size(),
                percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
                micros.get(micros.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
