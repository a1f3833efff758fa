package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One hostile request and what its answer must be.
 *
 * @param operation the OpenAPI operation it aims at ({@code METHOD /path/{template}})
 * @param category  BOLA, TOKEN, PATH, QUERY, BODY, IF_MATCH or SCENARIO
 * @param label     what is hostile about it, in a few words
 * @param caller    whose real token goes with it (alice, bob, carol), or null
 * @param bearer    a token to send instead (forged ones), or null
 * @param base      {@code gateway}, or the service it goes to directly
 * @param path      the raw path and query, already encoded
 * @param body      the body bytes, or null
 * @param chunked   whether the body goes without a length
 * @param expectContinue whether the request asks {@code Expect: 100-continue} (curl does for bodies over 1 MB)
 * @param allowed   the statuses it may get (empty: any below 500)
 * @param on2xx     what a 2xx answer means, or null when a 2xx is fine
 * @param retryStale whether a 412 carrying the current ETag is retried once with it (to get past lost-update
 *                  protection and reach what lies behind)
 */
record Probe(String operation, String category, String label, String caller, String bearer, String base,
             String method, String path, Map<String, String> headers, byte[] body, boolean chunked,
             boolean expectContinue, Set<Integer> allowed, Kind on2xx, boolean retryStale) {

    /** What an answer can be found guilty of. */
    enum Kind {
        SERVER_ERROR("5xx"), LEAK("leaks"), FORGED_ACCEPTED("forgedAccepted"), NON_PROBLEM("nonProblem"),
        BOLA("bolaBreaches"), IF_MATCH_BYPASS("ifMatchBypass"), ACCEPTED("hostileAccepted"),
        WRONG_STATUS("wrongStatus"), NO_ANSWER("noAnswer");

        final String counter;

        Kind(String counter) {
            this.counter = counter;
        }
    }

    static Builder of(String operation, String category, String label) {
        return new Builder(operation, category, label);
    }

    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(Report.cut(path, 200));
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Content-Type")) {
                text.append(" [").append(k).append(": ").append(Report.cut(v, 40)).append(']');
            }
        });
        if (bearer != null) {
            text.append(bearer.isEmpty() ? " [no token]" : " [bearer: " + label + "]");
        } else if (caller != null) {
            text.append(" [as ").append(caller).append(']');
        }
        if (body != null) {
            text.append(" body(").append(body.length).append(" B)=")
                    .append(Report.cut(new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8), 200));
        }
        return text.toString();
    }

    static final class Builder {
        private final String operation;
        private final String category;
        private final String label;
        private String caller;
        private String bearer;
        private String base = "gateway";
        private String method = "GET";
        private String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean chunked;
        private boolean expectContinue;
        private Set<Integer> allowed = Set.of();
        private Kind on2xx;
        private boolean retryStale;

        private Builder(String operation, String category, String label) {
            this.operation = operation;
            this.category = category;
            this.label = label;
        }

        Builder as(String value) {
            caller = value;
            return this;
        }

        Builder bearer(String value) {
            bearer = value;
            return this;
        }

        Builder direct(String service) {
            base = service;
            return this;
        }

        Builder request(String verb, String target) {
            method = verb;
            path = target;
            return this;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder json(String text) {
            return body(text == null ? null : text.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Builder body(byte[] bytes, String contentType) {
            body = bytes;
            if (bytes != null && contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        Builder chunked() {
            chunked = true;
            return this;
        }

        Builder expectContinue() {
            expectContinue = true;
            return this;
        }

        Builder allow(Integer... statuses) {
            allowed = Set.of(statuses);
            return this;
        }

        Builder on2xx(Kind kind) {
            on2xx = kind;
            return this;
        }

        Builder retryStale() {
            retryStale = true;
            return this;
        }

        Probe build() {
            return new Probe(operation, category, label, caller, bearer, base, method, path, Map.copyOf(headers), body,
                    chunked, expectContinue, allowed, on2xx, retryStale);
        }
    }
}
