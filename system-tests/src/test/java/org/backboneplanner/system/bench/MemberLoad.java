package org.backboneplanner.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One member at work for a while, as the web UI would make the calls: reads the worksheet, the partner
 * directory and the debrief, edits a row's strengths and a step's title with {@code If-Match}, each on an
 * initiative of their own (so no write waits for another). Every call's latency is kept; an answer that
 * is not 2xx is counted, never retried.
 */
final class MemberLoad implements Runnable {

    /** The member's initiative and what they edit in it. */
    record Workspace(String token, String network, String initiative, String row, String step) {
    }

    private static final String[] CALLS = {"worksheet", "directory", "debrief", "worksheet", "edit-row",
            "debrief", "worksheet", "edit-step", "directory", "worksheet"};

    private final HttpClient http;
    private final Workspace space;
    private final Function<String, String> baseUrl;
    private final AtomicBoolean running;
    private final List<Long> nanos = new ArrayList<>();
    private int failures;
    private int iteration;
    private String rowTag;
    private String stepTag;

    MemberLoad(HttpClient http, Workspace space, Function<String, String> baseUrl, AtomicBoolean running,
               String rowTag, String stepTag) {
        this.http = http;
        this.space = space;
        this.baseUrl = baseUrl;
        this.running = running;
        this.rowTag = rowTag;
        this.stepTag = stepTag;
    }

    @Override
    public void run() {
        while (running.get()) {
            for (String call : CALLS) {
                if (!running.get()) {
                    return;
                }
                call(call);
            }
        }
    }

    List<Long> latencies() {
        return nanos;
    }

    int failures() {
        return failures;
    }

    String rowTag() {
        return rowTag;
    }

    String stepTag() {
        return stepTag;
    }

    private void call(String call) {
        iteration++;
        String path = switch (call) {
            case "worksheet" -> space.initiative() + "/worksheet";
            case "directory" -> "/api/networks/" + space.network() + "/partners";
            case "debrief" -> space.initiative() + "/debrief";
            case "edit-row" -> space.row();
            default -> space.step();
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.apply(path) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + space.token());
        if (call.equals("edit-row")) {
            request.header("If-Match", rowTag).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"strengths\":[\"Force " + (iteration % 7) + "\",\"Un comité qui se réunit\"]}"));
        } else if (call.equals("edit-step")) {
            request.header("If-Match", stepTag).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"title\":\"Réunir les partenaires, version " + iteration + "\"}"));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            nanos.add(System.nanoTime() - start);
            String tag = response.headers().firstValue("ETag").orElse(null);
            if (response.statusCode() / 100 != 2) {
                failures++;
            } else if (call.equals("edit-row")) {
                rowTag = tag;
            } else if (call.equals("edit-step")) {
                stepTag = tag;
            }
        } catch (IOException e) {
            failures++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
