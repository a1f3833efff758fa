package org.backboneplanner.system.bench;

import static org.backboneplanner.system.bench.GatewayLoadBenchmark.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The load benchmark's figures as JSON and as the note's Markdown. */
record LoadFigures(Duration ready, Map<String, Long> pids, Map<String, Long> restMiB, Map<String, Long> loadMiB,
                   Phase.Totals gateway, Phase.Totals direct, WrkReads.Result wrk, int members, Duration phase,
                   int rounds) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("when", Instant.now().toString());
        json.put("machine", machine());
        json.put("startToReadySeconds", ready.toMillis() / 1000.0);
        json.put("members", members);
        json.put("phaseSeconds", phase.toSeconds());
        json.put("rounds", rounds);
        json.put("gateway", target(gateway));
        json.put("direct", target(direct));
        json.put("ratios", Map.of("throughput", gateway.perSecond() / direct.perSecond(),
                "p50", quantile(gateway, 0.5) / quantile(direct, 0.5)));
        json.put("residentMiBAtRest", restMiB);
        json.put("residentMiBUnderLoad", loadMiB);
        if (wrk.ran()) {
            json.put("wrkGateway", wrk.gateway());
            json.put("wrkDirect", wrk.direct());
        }
        return json;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(format("Run %s on %s. Start to ready: **%.1f s**. %d members, %d rounds of %d s per path, "
                        + "alternating.%n%n", Instant.now().toString().substring(0, 16), machine(), ready.toMillis() / 1000.0,
                members, rounds, phase.toSeconds()));
        md.append("| members' mix | through gateway | direct | gateway / direct |\n|---|---:|---:|---:|\n");
        md.append(format("| requests/s | %.0f | %.0f | %.2f |%n", gateway.perSecond(), direct.perSecond(),
                gateway.perSecond() / direct.perSecond()));
        for (double q : new double[]{0.5, 0.95, 0.99}) {
            md.append(format("| p%.0f ms | %.1f | %.1f | %.2f |%n", q * 100, quantile(gateway, q), quantile(direct, q),
                    quantile(gateway, q) / quantile(direct, q)));
        }
        md.append(format("| requests (failed) | %d (%d) | %d (%d) | |%n%n", gateway.requests(), gateway.failures,
                direct.requests(), direct.failures));
        md.append("| process | CPU ms/request via gateway | CPU ms/request direct | RSS MiB at rest | RSS MiB under load |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (String process : pids.keySet()) {
            md.append(format("| %s | %.2f | %.2f | %d | %d |%n", process, gateway.cpuMillisPerRequest(process),
                    direct.cpuMillisPerRequest(process), restMiB.get(process), loadMiB.getOrDefault(process, 0L)));
        }
        if (wrk.ran()) {
            md.append("\nwrk, one worksheet read (-t2 -c16, 10 s per round"
                    + (WrkReads.CPUS.isBlank() ? "" : ", pinned to CPU " + WrkReads.CPUS + " in both paths") + "):\n\n"
                    + "| round | gateway req/s | direct req/s | ratio | gateway p50 ms | direct p50 ms | ratio | gateway CPU ms/req |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int i = 0; i < wrk.gateway().size(); i++) {
                WrkReads.Figures g = wrk.gateway().get(i);
                WrkReads.Figures d = wrk.direct().get(i);
                md.append(format("| %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", i + 1, g.perSecond(),
                        d.perSecond(), g.perSecond() / d.perSecond(), g.p50(), d.p50(), g.p50() / d.p50(),
                        g.cpuMillisPerRequest().getOrDefault("gateway", 0.0)));
            }
            md.append(format("%nBytes read per answer (headers included): %.0f through the gateway, %.0f direct.%n",
                    wrk.gateway().get(0).bytesPerAnswer(), wrk.direct().get(0).bytesPerAnswer()));
        }
        return md.toString();
    }

    private static Map<String, Object> target(Phase.Totals totals) {
        List<Long> sorted = BenchReport.sorted(totals.nanos);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requests", totals.requests());
        json.put("failures", totals.failures);
        json.put("perSecond", totals.perSecond());
        json.put("p50Millis", BenchReport.quantileMillis(sorted, 0.5));
        json.put("p95Millis", BenchReport.quantileMillis(sorted, 0.95));
        json.put("p99Millis", BenchReport.quantileMillis(sorted, 0.99));
        json.put("cpuMillis", totals.cpuMillis);
        return json;
    }

    private static double quantile(Phase.Totals totals, double q) {
        return BenchReport.quantileMillis(BenchReport.sorted(totals.nanos), q);
    }

    static String machine() {
        String model = "unknown CPU";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse(model);
        } catch (IOException e) {
            // not Linux
        }
        return format("%d cores (%s), %d GiB, Java %s", Runtime.getRuntime().availableProcessors(), model,
                physicalGiB(), Runtime.version());
    }

    private static long physicalGiB() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 30 : 0;
    }
}
