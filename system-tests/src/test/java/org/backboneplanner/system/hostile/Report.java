package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.backboneplanner.system.hostile.Barrage.Outcome;
import org.backboneplanner.system.hostile.Probe.Kind;
import org.backboneplanner.system.hostile.Tenants.Tenant;

import tools.jackson.databind.JsonNode;

/**
 * Judges every answer and keeps the counts: no 5xx; every 4xx a problem+json with {@code status} and
 * {@code detail}; nothing of a tenant or initiative the caller may not read, and no stack trace or class
 * name, in any body; bad tokens, other tenants' ids and hostile values refused.
 */
final class Report {

    private static final List<String> INTERNALS = List.of("java.", "javax.", "jakarta.", "org.springframework",
            "tools.jackson", "com.fasterxml", "com.mongodb", "org.apache", "Exception", "\tat ");
    private static final int MIN_ID = 16; // shorter ids (a version number) would match by chance

    /** One answer found guilty. */
    record Violation(Kind kind, Probe probe, int status, String body, String reason) {
    }

    private final Map<String, Set<String>> forbidden = new LinkedHashMap<>();
    private final Set<String> operations;
    private final Set<String> covered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> categories = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<Kind, AtomicInteger> counts = new EnumMap<>(Kind.class);
    private final List<Violation> violations = new ArrayList<>();

    Report(Tenants tenants, Collection<String> operations) {
        this.operations = Set.copyOf(operations);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new AtomicInteger());
        }
        Tenant m = tenants.monteregie;
        Tenant e = tenants.estrie;
        forbidden.put("alice", secrets(e, e.ids(), "carol@estrie.example", tenants.subjects.get("carol"), e.marker()));
        forbidden.put("carol", secrets(m, m.ids(), "alice@monteregie.example", tenants.subjects.get("alice"), m.marker()));
        Set<String> bob = new HashSet<>(secrets(m, m.secret().ids(), null, null, m.secretMarker()));
        bob.addAll(secrets(e, e.secret().ids(), null, null, e.secretMarker()));
        forbidden.put("bob", bob);
        Set<String> anyone = new HashSet<>(forbidden.get("alice"));
        anyone.addAll(forbidden.get("carol"));
        forbidden.put("anyone", anyone);
    }

    private static Set<String> secrets(Tenant tenant, Set<String> ids, String email, String subject, String marker) {
        Set<String> secrets = new HashSet<>();
        secrets.add(marker);
        secrets.add(tenant.secretMarker());
        ids.stream().filter(id -> id != null && id.length() >= MIN_ID).forEach(secrets::add);
        if (email != null) {
            secrets.add(email);
            secrets.add(subject);
        }
        return secrets;
    }

    void judge(Probe probe, Outcome outcome) {
        requests.incrementAndGet();
        categories.computeIfAbsent(probe.category(), c -> new AtomicInteger()).incrementAndGet();
        if (outcome.status() < 0) {
            add(Kind.NO_ANSWER, probe, outcome, outcome.error());
            return;
        }
        if (operations.contains(probe.operation())) {
            covered.add(probe.operation());
        }
        int status = outcome.status();
        if (status >= 500) {
            add(Kind.SERVER_ERROR, probe, outcome, null);
        } else if (status >= 400 && !isProblem(outcome)) {
            add(Kind.NON_PROBLEM, probe, outcome, "content type '" + outcome.contentType() + "'");
        }
        boolean success = status >= 200 && status < 300;
        if (success && probe.on2xx() != null) {
            add(probe.on2xx(), probe, outcome, probe.label());
        } else if (status < 500 && !probe.allowed().isEmpty() && !probe.allowed().contains(status)) {
            add(Kind.WRONG_STATUS, probe, outcome, "expected one of " + probe.allowed());
        }
        leaks(probe, outcome);
    }

    private void leaks(Probe probe, Outcome outcome) {
        String body = outcome.body();
        if (body == null || body.isEmpty() || outcome.contentType().startsWith("application/pdf")) {
            return;
        }
        String sent = probe.path() + (probe.body() == null ? "" : new String(probe.body(), StandardCharsets.UTF_8));
        String identity = probe.bearer() != null || probe.caller() == null ? "anyone" : probe.caller();
        for (String secret : forbidden.get(identity)) {
            if (body.contains(secret) && !sent.contains(secret)) {
                add(Kind.LEAK, probe, outcome, "shows '" + secret + "' to " + identity);
                return;
            }
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal) && !sent.contains(internal)) {
                add(Kind.LEAK, probe, outcome, "shows internals ('" + internal.strip() + "')");
                return;
            }
        }
    }

    static boolean isProblem(Outcome outcome) {
        if (outcome.contentType() == null || !outcome.contentType().startsWith("application/problem+json")) {
            return false;
        }
        if (outcome.body().length() >= Barrage.MAX_BODY) {
            return true; // read only in part: its type is all there is to judge
        }
        try {
            JsonNode problem = Bodies.JSON.readTree(outcome.body());
            return problem.path("status").asInt() == outcome.status() && !problem.path("detail").asString("").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** For checks a scenario makes beyond one answer's status. */
    synchronized void add(Kind kind, Probe probe, Outcome outcome, String reason) {
        counts.get(kind).incrementAndGet();
        violations.add(new Violation(kind, probe, outcome.status(), outcome.body(), reason));
    }

    int count(Kind kind) {
        return counts.get(kind).get();
    }

    int requests() {
        return requests.get();
    }

    Set<String> uncovered() {
        Set<String> missing = new HashSet<>(operations);
        missing.removeAll(covered);
        return missing;
    }

    String summary() {
        StringBuilder line = new StringBuilder("HOSTILE requests=").append(requests.get())
                .append(" operations=").append(covered.size()).append('/').append(operations.size());
        for (Kind kind : Kind.values()) {
            line.append(' ').append(kind.counter).append('=').append(counts.get(kind).get());
        }
        return line.toString();
    }

    /** How many requests each kind of attack sent. */
    String byCategory() {
        StringBuilder line = new StringBuilder("HOSTILE requests by attack:");
        categories.forEach((category, count) -> line.append(' ').append(category).append('=').append(count.get()));
        return line.toString();
    }

    /** Every violation, by kind, then operation: what was sent, the status, the start of the body. */
    synchronized String findings() {
        return render(false);
    }

    /**
     * The violations, one block per kind of failure: the same hostile input answered the same way by
     * several operations is shown once, in full, with the list of the others.
     */
    synchronized String grouped() {
        return render(true);
    }

    private String render(boolean grouped) {
        StringBuilder text = new StringBuilder();
        for (Kind kind : Kind.values()) {
            Map<String, List<Violation>> groups = new LinkedHashMap<>();
            violations.stream().filter(v -> v.kind() == kind)
                    .sorted(java.util.Comparator.comparing((Violation v) -> v.probe().category())
                            .thenComparing(v -> v.probe().label()).thenComparing(v -> v.probe().operation()))
                    .forEach(v -> groups.computeIfAbsent(grouped ? signature(v) : String.valueOf(groups.size()),
                            k -> new ArrayList<>()).add(v));
            if (groups.isEmpty()) {
                continue;
            }
            text.append("\n== ").append(kind.counter).append(": ").append(count(kind)).append(" ==\n");
            for (List<Violation> group : groups.values()) {
                Violation v = group.get(0);
                text.append("* ").append(v.probe().operation()).append(" | ").append(v.probe().category()).append(": ")
                        .append(v.probe().label()).append(v.reason() == null ? "" : " | " + v.reason()).append('\n')
                        .append("    sent: ").append(v.probe().describe()).append('\n')
                        .append("    got:  ").append(v.status()).append(' ').append(cut(v.body(), 300)).append('\n');
                if (group.size() > 1) {
                    List<String> others = group.stream().skip(1).map(o -> o.probe().operation()
                            + (o.probe().label().equals(v.probe().label()) ? "" : " (" + o.probe().label() + ")")).distinct().toList();
                    text.append("    and ").append(group.size() - 1).append(" more alike: ")
                            .append(String.join("; ", others.subList(0, Math.min(4, others.size()))))
                            .append(others.size() > 4 ? "; …" : "").append('\n');
                }
            }
        }
        return text.toString();
    }

    /** What makes two violations the same failure: the hostile input (not where it went) and the answer. */
    private static String signature(Violation v) {
        String label = v.probe().label();
        if (v.probe().category().equals("PATH") || label.contains(": ")) {
            label = label.substring(label.indexOf(label.contains(": ") ? ": " : "= ") + 2);
        }
        String reason = v.reason() == null || v.kind() == Kind.LEAK ? "" : v.reason();
        String body = v.kind() == Kind.NON_PROBLEM || v.kind() == Kind.SERVER_ERROR ? cut(v.body(), 14) : "";
        String status = v.status() >= 200 && v.status() < 300 ? "2xx" : String.valueOf(v.status());
        return v.probe().category() + "|" + label + "|" + status + "|" + reason + "|" + body;
    }

    /** The start of a text, with control characters shown as escapes so the output stays readable. */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u202E' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return i < text.length() ? out + "…(" + text.length() + " chars)" : out.toString();
    }
}
