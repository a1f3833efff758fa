package org.backboneplanner.system.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Sends probes from a small pool (the machine has two cores and runs the whole system): each group of
 * probes in order on one thread, groups side by side.
 */
final class Barrage {

    /** An answer, or the reason there was none ({@code status} -1). */
    record Outcome(int status, String contentType, String body, String etag, String error) {
    }

    static final int MAX_BODY = 1 << 20;
    /** The slowest exchanges, to tell a stalled service from a slow suite. */
    final ConcurrentSkipListMap<Long, String> slowest = new ConcurrentSkipListMap<>();
    private final Map<String, String> bases;
    private final Function<String, String> tokens;
    private final int threads;

    Barrage(Map<String, String> bases, Function<String, String> tokens, int threads) {
        this.bases = bases;
        this.tokens = tokens;
        this.threads = threads;
    }

    /** Runs every group; {@code judge} sees each exchange, a retry after a stale ETag included. */
    void run(List<List<Probe>> groups, BiConsumer<Probe, Outcome> judge) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Probe> group : groups) {
                running.add(pool.submit(() -> group.forEach(probe -> send(probe, judge))));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    void send(Probe probe, BiConsumer<Probe, Outcome> judge) {
        Outcome outcome = timed(probe, null);
        judge.accept(probe, outcome);
        if (probe.retryStale() && outcome.status() == 412 && outcome.etag() != null) {
            judge.accept(probe, timed(probe, outcome.etag()));
        }
    }

    private Outcome timed(Probe probe, String ifMatch) {
        long start = System.nanoTime();
        Outcome outcome = exchange(probe, ifMatch);
        long millis = (System.nanoTime() - start) / 1_000_000;
        slowest.put(millis * 1_000_000 + slowest.size(), millis + " ms at " + java.time.LocalTime.now() + ": "
                + probe.method() + " " + Report.cut(probe.path(), 100) + " -> " + outcome.status());
        while (slowest.size() > 5) {
            slowest.pollFirstEntry();
        }
        return outcome;
    }

    String base(String name) {
        return bases.get(name);
    }

    String token(String user) {
        return tokens.apply(user);
    }

    Outcome exchange(Probe probe, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
        String bearer = probe.bearer() != null ? probe.bearer() : probe.caller() != null ? tokens.apply(probe.caller()) : "";
        if (!bearer.isEmpty()) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        probe.headers().forEach((name, value) -> headers.put(name, name.equals("If-Match") && ifMatch != null ? ifMatch : value));
        try {
            Wire.Answer answer = Wire.exchange(bases.get(probe.base()), probe.method(), probe.path(), headers, probe.body(),
                    probe.chunked(), probe.expectContinue(), MAX_BODY);
            return new Outcome(answer.status(), answer.headers().getOrDefault("content-type", ""),
                    new String(answer.body(), StandardCharsets.UTF_8), answer.headers().get("etag"), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(-1, null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
