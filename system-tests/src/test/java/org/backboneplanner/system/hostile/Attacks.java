package org.backboneplanner.system.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.system.hostile.ApiCatalog.Operation;
import org.backboneplanner.system.hostile.ApiCatalog.Param;
import org.backboneplanner.system.hostile.Probe.Kind;
import org.backboneplanner.system.hostile.Tenants.Scope;
import org.backboneplanner.system.hostile.Tenants.Tenant;

/**
 * The hostile requests for one operation: other tenants' and other initiatives' ids (BOLA), bad
 * tokens through the gateway and straight to the service, odd path segments and query values,
 * {@code If-Match: *}, and (through {@link BodyAttacks}) every kind of bad body.
 */
final class Attacks {

    static final String STALE = "\"hostile-0\"";
    /** Path segments, already encoded as they go on the wire. */
    static final List<String> ODD_SEGMENTS = List.of("..", "%2e%2e", "%2E%2E%2F%2E%2E", "%00", "%01", "a%2Fb",
            "a%5Cb", "x;jsessionid=1", "%ff%fe", "%C3%AFd-%F0%9F%92%A5", "%E2%80%AE", "%24where",
            "%7B%22%24gt%22%3A%22%22%7D", "*", "null", "-1", "NOT_A_ROLE", "%20", "x".repeat(3000), "x".repeat(10_000));

    private final Targets targets;
    private final Tenants tenants;
    private final Map<String, String> badTokens;
    private final BodyAttacks bodies;

    Attacks(Tenants tenants, Map<String, String> badTokens) {
        this.tenants = tenants;
        this.targets = new Targets(tenants);
        this.badTokens = badTokens;
        this.bodies = new BodyAttacks(targets, tenants);
    }

    List<Probe> forOperation(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        if (operation.path().contains("{networkId}")) {
            bola(operation, probes);
        }
        tokens(operation, probes);
        paths(operation, probes);
        queries(operation, probes);
        if (operation.takesIfMatch()) {
            ifMatch(operation, probes);
        }
        probes.addAll(bodies.forOperation(operation));
        return probes;
    }

    /** What another network's member, and a member of the same network outside the initiative, get. */
    private void bola(Operation operation, List<Probe> probes) {
        Tenant m = tenants.monteregie;
        Tenant e = tenants.estrie;
        for (Scope scope : List.of(m.open(), m.secret())) {
            probes.add(bola(operation, "carol, monteregie's ids" + which(m, scope), "carol", e, m.network(), m, scope, true));
        }
        for (Scope scope : List.of(e.open(), e.secret())) {
            probes.add(bola(operation, "alice, estrie's ids" + which(e, scope), "alice", m, e.network(), e, scope, true));
        }
        if (Targets.namesMoreThanTheNetwork(operation)) {
            probes.add(bola(operation, "carol, her network with monteregie's ids", "carol", e, e.network(), m, m.open(), false));
            probes.add(bola(operation, "alice, her network with estrie's ids", "alice", m, m.network(), e, e.secret(), false));
        }
        for (Tenant tenant : List.of(m, e)) {
            probes.add(bola(operation, "bob, " + tenant.network() + "'s secret initiative", "bob", tenant, tenant.network(),
                    tenant, tenant.secret(), false));
        }
    }

    private static String which(Tenant tenant, Scope scope) {
        return scope == tenant.secret() ? " (secret initiative)" : " (open initiative)";
    }

    private Probe bola(Operation operation, String label, String caller, Tenant own, String network, Tenant ids,
                       Scope scope, boolean otherNetwork) {
        Probe.Builder probe = Probe.of(operation.key(), "BOLA", label).as(caller)
                .request(operation.method(), targets.path(operation, network, ids, scope));
        Targets.ifMatch(operation, STALE).forEach(probe::header);
        withBody(probe, operation, own);
        if (otherNetwork) {
            return probe.allow(404).on2xx(Kind.BOLA).build();
        }
        if (Targets.adminOnly(operation) && !caller.equals("carol")) {
            return probe.allow(403, 404).on2xx(Kind.BOLA).build();
        }
        if (Targets.initiativeScoped(operation) || !caller.equals("bob")) {
            return probe.allow(400, 403, 404).on2xx(Kind.BOLA).build();
        }
        return probe.build(); // a network-wide read bob may do: only what it shows is checked
    }

    private void tokens(Operation operation, List<Probe> probes) {
        Tenant home = targets.homeTenant(operation);
        String path = targets.path(operation, home.network(), home, home.open());
        List<String> bases = operation.service().equals("gateway") ? List.of("gateway") : List.of("gateway", operation.service());
        for (String base : bases) {
            for (Map.Entry<String, String> token : badTokens.entrySet()) {
                probes.add(token(operation, base, token.getKey(), token.getValue(), path));
            }
            if (!operation.path().equals("/api/unsubscribe")) {
                probes.add(token(operation, base, "no token", null, path));
            }
        }
    }

    /** A probe with a bad token (null: none at all); expired tokens are added once they have expired. */
    Probe token(Operation operation, String base, String name, String token, String path) {
        Probe.Builder probe = Probe.of(operation.key(), "TOKEN", name + ("gateway".equals(base) ? "" : ", straight to " + base))
                .bearer(token == null ? "" : token).direct(base).request(operation.method(), path)
                .allow(401).on2xx(Kind.FORGED_ACCEPTED);
        Targets.ifMatch(operation, STALE).forEach(probe::header);
        return withBody(probe, operation, targets.homeTenant(operation)).build();
    }

    /** The path an operation has in its home network: its caller's own open initiative. */
    String homePath(Operation operation) {
        Tenant home = targets.homeTenant(operation);
        return targets.path(operation, home.network(), home, home.open());
    }

    /** A valid body for the operation, from the caller's own network: JSON from the schema, or a small CSV. */
    private Probe.Builder withBody(Probe.Builder probe, Operation operation, Tenant own) {
        if (operation.jsonBody()) {
            probe.json(Bodies.sample(operation.body(), targets.context(own)).toString());
        } else if (operation.body() != null) {
            probe.body("name,kind\r\nSonde CSV,FUNDER\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    operation.bodyType());
        }
        return probe;
    }

    private void paths(Operation operation, List<Probe> probes) {
        Tenant home = targets.homeTenant(operation);
        for (Param param : operation.in("path")) {
            for (String odd : ODD_SEGMENTS) {
                Probe.Builder probe = Probe.of(operation.key(), "PATH", param.name() + " = " + Report.cut(odd, 30))
                        .as(targets.homeCaller(operation))
                        .request(operation.method(), targets.path(operation, home.network(), home, home.open(), param.name(), odd));
                Targets.ifMatch(operation, STALE).forEach(probe::header);
                probes.add(withBody(probe, operation, home).build());
            }
        }
    }

    private void queries(Operation operation, List<Probe> probes) {
        if (operation.method().equals("GET") && operation.path().endsWith("/live")) {
            return;
        }
        String path = homePath(operation);
        String separator = path.contains("?") ? "&" : "?";
        List<String> odd = new ArrayList<>(List.of("%24where=1", "page%5B%24gt%5D=0", "q%00=1"));
        for (Param param : operation.in("query")) {
            String name = param.name();
            if (name.equals("token")) {
                continue; // the unsubscribe scenario forges those
            }
            String type = param.schema().path("type").asString("string");
            List<String> values = switch (type) {
                case "integer" -> List.of("-1", "1000000", "-2147483649", "2147483648", "99999999999999999999", "1e3",
                        "abc", "", "1&" + name + "=2");
                case "boolean" -> List.of("maybe", "", "true&" + name + "=false");
                default -> List.of("NOT_AN_ENUM", "%00", "%E2%80%AE%01", "(a%2B)%2B%24", "%5B", ".*", "%24where",
                        "x".repeat(3000), "a&" + name + "=b");
            };
            values.forEach(v -> odd.add(name + "=" + v));
        }
        for (String query : odd) {
            Probe.Builder probe = Probe.of(operation.key(), "QUERY", Report.cut(query, 40)).as(targets.homeCaller(operation))
                    .request(operation.method(), path + separator + query);
            Targets.ifMatch(operation, STALE).forEach(probe::header);
            withBody(probe, operation, targets.homeTenant(operation));
            if (query.equals("size=1000000")) {
                probe.on2xx(Kind.ACCEPTED); // a page has a bounded size
            }
            probes.add(probe.build());
        }
    }

    /** {@code If-Match: *} must not bypass the lost-update protection (428 or 412, never a write). */
    private void ifMatch(Operation operation, List<Probe> probes) {
        for (String value : List.of("*", "\"hostile-0\", *", "W/\"hostile-0\"", "*, *", "")) {
            Probe.Builder probe = Probe.of(operation.key(), "IF_MATCH", "If-Match: " + value)
                    .as(targets.homeCaller(operation)).request(operation.method(), homePath(operation))
                    .header("If-Match", value);
            withBody(probe, operation, targets.homeTenant(operation));
            probes.add(value.contains("*") || value.isEmpty() ? probe.allow(412, 428).on2xx(Kind.IF_MATCH_BYPASS).build()
                    : probe.build());
        }
    }
}
