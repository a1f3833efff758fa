package org.backboneplanner.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

/**
 * Reads and conditional edits through the gateway beside a {@link StepWriter}, reaching every service:
 * worksheets (worksheet-service), debriefs (debrief-service), the partner directory (partner-service),
 * mail preferences (notification-service), and a row's strengths edited with {@code If-Match}.
 * <p>
 * The client's rule for an edit answered 502 or 503 (the gateway could not get an answer, so the edit
 * may or may not have been applied): send it once more with the same {@code If-Match}. Applied twice it
 * cannot be: if the first one was applied, the second is refused as stale (412) and the row read back
 * shows the text. A failure is any answer but 2xx (or 412 after such a retry, with the text in place), or none.
 */
final class Traffic implements AutoCloseable {

    private final ApiClient member;
    private final List<String> initiatives;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Set<String> failureSamples = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    private Traffic(ApiClient member, List<String> initiatives) {
        this.member = member;
        this.initiatives = List.copyOf(initiatives);
    }

    static Traffic start(ApiClient member, List<String> initiatives, Duration pace) {
        Traffic traffic = new Traffic(member, initiatives);
        traffic.loop("reader", pace, traffic::readAll);
        traffic.loop("editor", pace, traffic::editRow);
        return traffic;
    }

    private void loop(String name, Duration pace, Runnable step) {
        Thread thread = new Thread(() -> {
            while (running) {
                step.run();
                LockSupport.parkNanos(pace.toNanos());
            }
        }, "traffic-" + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void readAll() {
        String initiative = initiatives.get((int) (requests.get() % initiatives.size()));
        for (String path : List.of(initiative + "/worksheet", initiative + "/debrief",
                "/api/networks/" + FaultySystem.NETWORK + "/partners", "/api/me/notification-preferences")) {
            Response answer = send("GET", path, null, Map.of());
            if (answer == null || answer.status() != 200) {
                fail("GET " + path.replaceAll("/[0-9a-f-]{20,}", "/{id}"), answer);
            }
        }
    }

    private int edits;

    private void editRow() {
        String row = initiatives.get(0) + "/worksheet/roles/POLICY";
        Response current = send("GET", row, null, Map.of());
        if (current == null || current.status() != 200) {
            fail("GET row", current);
            return;
        }
        String text = "force " + (++edits);
        Map<String, Object> body = Map.of("strengths", List.of(text));
        Map<String, String> ifMatch = Map.of("If-Match", current.header("ETag"));
        Response edit = send("PATCH", row, body, ifMatch);
        if (edit != null && (edit.status() == 502 || edit.status() == 503)) {
            retried.incrementAndGet();
            edit = send("PATCH", row, body, ifMatch);
            if (edit != null && edit.status() == 412) {
                Response after = send("GET", row, null, Map.of());
                if (after != null && after.body().contains(text)) {
                    return; // the first one was applied: nothing lost, nothing doubled
                }
            }
        }
        if (edit == null || edit.status() != 200) {
            fail("PATCH row", edit);
        }
    }

    private Response send(String method, String path, Object body, Map<String, String> headers) {
        requests.incrementAndGet();
        try {
            return member.send(method, path, body, headers);
        } catch (IllegalStateException connectionBroke) {
            return null;
        }
    }

    private void fail(String what, Response answer) {
        String status = answer == null ? "no answer" : String.valueOf(answer.status());
        failures.computeIfAbsent(what + " " + status, k -> new AtomicLong()).incrementAndGet();
        if (failureSamples.size() < 5 && answer != null) {
            failureSamples.add(what + " " + status + " " + answer.body());
        }
    }

    long requests() {
        return requests.get();
    }

    long retriedByClient() {
        return retried.get();
    }

    long failed() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Failures by request and status, with a few bodies. */
    String failures() {
        return failures + " " + failureSamples;
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(40).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
