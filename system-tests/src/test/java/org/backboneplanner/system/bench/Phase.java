package org.backboneplanner.system.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.backboneplanner.system.bench.MemberLoad.Workspace;

/** Every member at work at once for a while, towards one target; what it cost each process. */
final class Phase {

    final List<Long> nanos;
    final int failures;
    final Duration elapsed;
    final Map<String, Long> cpuMillis;

    private Phase(List<Long> nanos, int failures, Duration elapsed, Map<String, Long> cpuMillis) {
        this.nanos = nanos;
        this.failures = failures;
        this.elapsed = elapsed;
        this.cpuMillis = cpuMillis;
    }

    static Phase run(List<Workspace> spaces, String[] rowTags, String[] stepTags, Function<String, String> target,
                     Duration length, Map<String, Long> pids) throws InterruptedException {
        HttpClient http = GatewayLoadBenchmark.client();
        AtomicBoolean running = GatewayLoadBenchmark.running();
        List<MemberLoad> loads = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Map<String, Long> cpuBefore = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpuBefore.put(name, ProcessFigures.cpuMillis(pid)));
        long start = System.nanoTime();
        for (int i = 0; i < spaces.size(); i++) {
            MemberLoad load = new MemberLoad(http, spaces.get(i), target, running, rowTags[i], stepTags[i]);
            loads.add(load);
            Thread thread = new Thread(load, "member-" + i);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(length.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, ProcessFigures.cpuMillis(pid) - cpuBefore.get(name)));
        int failures = 0;
        for (int i = 0; i < loads.size(); i++) {
            rowTags[i] = loads.get(i).rowTag();
            stepTags[i] = loads.get(i).stepTag();
            failures += loads.get(i).failures();
        }
        return new Phase(GatewayLoadBenchmark.merged(loads), failures, elapsed, cpu);
    }

    /** Both paths for a while before anything counts: the JIT compiles what the load uses. */
    static void warmUp(List<Workspace> spaces, String[] rowTags, String[] stepTags, Function<String, String> gateway,
                       Function<String, String> direct) throws InterruptedException {
        Duration warm = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 20));
        run(spaces, rowTags, stepTags, gateway, warm, Map.of());
        run(spaces, rowTags, stepTags, direct, warm, Map.of());
    }

    /** The phases of one target, added up. */
    static final class Totals {
        final List<Long> nanos = new ArrayList<>();
        final Map<String, Long> cpuMillis = new LinkedHashMap<>();
        int failures;
        Duration elapsed = Duration.ZERO;

        void add(Phase phase) {
            nanos.addAll(phase.nanos);
            failures += phase.failures;
            elapsed = elapsed.plus(phase.elapsed);
            phase.cpuMillis.forEach((name, millis) -> cpuMillis.merge(name, millis, Long::sum));
        }

        long requests() {
            return nanos.size();
        }

        double perSecond() {
            return nanos.size() / (elapsed.toMillis() / 1000.0);
        }

        double cpuMillisPerRequest(String process) {
            return cpuMillis.getOrDefault(process, 0L) / (double) Math.max(1, nanos.size());
        }
    }
}
