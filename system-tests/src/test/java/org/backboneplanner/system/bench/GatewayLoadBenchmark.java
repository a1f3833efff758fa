package org.backboneplanner.system.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.backboneplanner.runtime.LocalRuntime;
import org.backboneplanner.system.bench.MemberLoad.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;

/**
 * The system as {@code ./run-local.sh} starts it (same launcher, same JVM flags, data in target/bench/data),
 * measured on demand: time to ready, resident memory of each process at rest and under load, and members
 * with real Keycloak tokens reading and editing through the gateway and straight at the services, side by
 * side in one run (phases alternate), with p50/p95/p99, throughput, their ratios and CPU per request of each
 * process; then wrk's reads of one worksheet the same way. Figures go to target/bench/load.{json,md} and
 * docs/performance.md. Not a test of speed: it asserts only that the members' calls were answered.
 *
 * <p>Run: {@code bench/load.sh} (sizes: {@code -Dbench.members=8 -Dbench.seconds=20 -Dbench.rounds=3}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class GatewayLoadBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 8);
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String GATEWAY = "http://localhost:8080";

    private final Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> restMiB = new LinkedHashMap<>();
    private final Map<String, Long> loadMiB = new LinkedHashMap<>();

    @Test
    void throughTheGatewayAndDirect() throws Exception {
        Path data = root.resolve("target/bench/data");
        // Keycloak stays unpacked and built (a warm start); the rest starts empty
        for (String part : List.of("mongo", "kafka", "logs")) {
            FileSystemUtils.deleteRecursively(data.resolve(part));
        }
        LocalRuntime runtime = LocalRuntime.at(root, data);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop));
        try {
            Duration ready = runtime.start();
            pids.put("runtime (Kafka, MongoDB, mail) + load driver", ProcessHandle.current().pid());
            pids.putAll(runtime.pids());
            Thread.sleep(15_000); // at rest: what each process keeps once started, before any call
            pids.forEach((name, pid) -> restMiB.put(name, ProcessFigures.residentMiB(pid)));

            Members members = new Members();
            List<Workspace> spaces = members.workspaces(MEMBERS);
            String[] rowTags = members.rowTags();
            String[] stepTags = members.stepTags();
            Function<String, String> gateway = path -> GATEWAY;
            Function<String, String> direct = GatewayLoadBenchmark::service;
            Phase.warmUp(spaces, rowTags, stepTags, gateway, direct);

            Phase.Totals throughGateway = new Phase.Totals();
            Phase.Totals straight = new Phase.Totals();
            for (int round = 0; round < ROUNDS; round++) {
                boolean gatewayFirst = round % 2 == 0;
                for (boolean viaGateway : gatewayFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
                    List<Workspace> fresh = members.refreshTokens(spaces);
                    Phase phase = Phase.run(fresh, rowTags, stepTags, viaGateway ? gateway : direct, PHASE, pids);
                    (viaGateway ? throughGateway : straight).add(phase);
                    pids.forEach((name, pid) -> loadMiB.merge(name, ProcessFigures.residentMiB(pid), Math::max));
                }
            }
            WrkReads.Result wrk = WrkReads.run(members.token(0), spaces.get(0).initiative() + "/worksheet",
                    GATEWAY, service(spaces.get(0).initiative()), ROUNDS, pids);

            LoadFigures figures = new LoadFigures(ready, pids, restMiB, loadMiB, throughGateway, straight, wrk,
                    MEMBERS, PHASE, ROUNDS);
            BenchReport.write(root, "load", figures.json(), figures.markdown());
            System.out.println(figures.markdown());
            assertThat(throughGateway.requests()).isPositive();
            assertThat(straight.requests()).isPositive();
        } finally {
            runtime.stop();
        }
    }

    /** Where the gateway would send the path, as its routes say. */
    static String service(String path) {
        if (path.contains("/debrief")) {
            return "http://localhost:8083";
        }
        return path.contains("/partners") ? "http://localhost:8082" : "http://localhost:8081";
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    static AtomicBoolean running() {
        return new AtomicBoolean(true);
    }

    static List<Long> merged(List<MemberLoad> loads) {
        List<Long> all = new ArrayList<>();
        loads.forEach(load -> all.addAll(load.latencies()));
        return all;
    }
}
