package org.backboneplanner.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

/**
 * A stream of writes through the gateway, as members planning would make them: each write plans a
 * next step whose title is a marker unique to it, round-robin over some initiatives and their six
 * roles, owned by the writer and due tomorrow, so each one that is stored must cause one event in
 * debrief-service's projection and one reminder mail, sent at once. Every answer is kept: 2xx, an
 * error status, or none at all (the connection broke).
 */
final class StepWriter implements AutoCloseable {

    static final String[] ROLES = {"VISION_STRATEGY", "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES",
            "COMMUNITY_ENGAGEMENT", "POLICY", "RESOURCES"};
    static final int NO_ANSWER = -1;

    /** One write and its answer; {@code stepId} only when it was answered 2xx. */
    record Write(String title, String initiative, int status, String stepId) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final ApiClient client;
    private final List<String> initiatives;
    private final String prefix;
    private final Duration pace;
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param initiatives the initiatives' paths ({@code /api/networks/.../initiatives/{id}})
     * @param prefix      the scenario's word, the start of every marker
     * @param pace        the pause between two writes of one thread: a steady rate, not a wait for anything
     */
    private StepWriter(ApiClient client, List<String> initiatives, String prefix, Duration pace) {
        this.client = client;
        this.initiatives = List.copyOf(initiatives);
        this.prefix = prefix;
        this.pace = pace;
    }

    static StepWriter start(ApiClient client, List<String> initiatives, String prefix, Duration pace, int threads) {
        StepWriter writer = new StepWriter(client, initiatives, prefix, pace);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(writer::run, "writer-" + prefix + "-" + i);
            thread.setDaemon(true);
            writer.threads.add(thread);
            thread.start();
        }
        return writer;
    }

    private void run() {
        while (running) {
            write();
            if (!pace.isZero()) {
                LockSupport.parkNanos(pace.toNanos());
            }
        }
    }

    /** Plans one next step and records the answer. */
    Write write() {
        int n = counter.incrementAndGet();
        String title = String.format("%s-%05d", prefix, n);
        String initiative = initiatives.get(n % initiatives.size());
        String role = ROLES[(n / initiatives.size()) % ROLES.length];
        Write write;
        try {
            Response answer = client.post(initiative + "/worksheet/roles/" + role + "/next-steps", Map.of(
                    "title", title, "owner", Map.of(), "dueDate", tomorrow().toString()));
            boolean ok = answer.status() >= 200 && answer.status() < 300;
            write = new Write(title, initiative, answer.status(), ok ? answer.json().get("id").asString() : null);
        } catch (IllegalStateException connectionBroke) {
            write = new Write(title, initiative, NO_ANSWER, null);
        }
        writes.add(write);
        return write;
    }

    /** Waits until {@code more} further writes were answered 2xx. */
    void awaitMoreOk(int more, Duration timeout) {
        long target = okCount() + more;
        Awaitility.await("" + more + " more writes answered 2xx").atMost(timeout).pollInterval(50, TimeUnit.MILLISECONDS)
                .until(() -> okCount() >= target);
    }

    long okCount() {
        return snapshot().stream().filter(Write::ok).count();
    }

    List<Write> snapshot() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    /** Stops writing; returns every write made, once the threads are done. */
    List<Write> stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(40).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return snapshot();
    }

    @Override
    public void close() {
        stop();
    }

    /** Tomorrow where reminders are planned: the reminder one day before is due today, so it goes at once. */
    static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("America/Montreal")).plusDays(1);
    }
}
