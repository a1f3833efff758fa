package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.backboneplanner.system.hostile.Barrage.Outcome;
import org.backboneplanner.system.hostile.Probe.Kind;
import org.backboneplanner.system.hostile.Tenants.Tenant;

import tools.jackson.databind.JsonNode;

/**
 * What an attacker tries beyond one field at a time: reading a network's mail log without being its
 * administrator, forging unsubscribe links, walking from one network's path into another's, passing
 * for someone with identity headers, assigning ids and networks in a body, floods ({@link Floods}),
 * and spreadsheet formulas or countless columns in a CSV import ({@link CsvImportAttacks}). Every
 * caller then reads all they may read, to find anything of another tenant that hostile writes let through.
 */
final class Scenarios {

    static final String DEV_UNSUBSCRIBE_KEY = "dev-only-unsubscribe-secret-change-me";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Barrage barrage;
    private final Report report;
    private final Tenants tenants;
    private final String tag;

    Scenarios(Barrage barrage, Report report, Tenants tenants, String tag) {
        this.barrage = barrage;
        this.report = report;
        this.tenants = tenants;
        this.tag = tag;
    }

    void run() {
        mailLogOfOthers();
        forgedUnsubscribeLinks();
        pathsIntoAnotherNetwork();
        identityHeaders();
        massAssignment();
        Floods floods = new Floods(this, barrage, report, tenants, tag);
        floods.oversizedBodiesAtOnce();
        floods.invitations();
        floods.liveStreams();
        finalSweep();
        // last: a header that exhausts partner-service's memory would fail what comes after it
        new CsvImportAttacks(this, tag).run();
    }

    Outcome send(Probe probe) {
        Outcome[] last = new Outcome[1];
        barrage.send(probe, (p, outcome) -> {
            report.judge(p, outcome);
            last[0] = outcome;
        });
        return last[0];
    }

    void violation(Kind kind, Probe probe, Outcome outcome, String reason) {
        report.add(kind, probe, outcome, reason);
    }

    private void mailLogOfOthers() {
        String op = "GET /api/networks/{networkId}/mail-log";
        for (String caller : List.of("alice", "bob")) {
            send(Probe.of(op, "SCENARIO", caller + " (no administrator) reads a network's mail log").as(caller)
                    .request("GET", "/api/networks/monteregie/mail-log").allow(403, 404).on2xx(Kind.BOLA).build());
        }
        send(Probe.of(op, "SCENARIO", "carol reads monteregie's mail log").as("carol")
                .request("GET", "/api/networks/monteregie/mail-log?status=SENT").allow(404).on2xx(Kind.BOLA).build());
    }

    private void forgedUnsubscribeLinks() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String carol = "carol@estrie.example";
        String address = b64.encodeToString(carol.getBytes(StandardCharsets.UTF_8));
        byte[] devSignature = hmac(DEV_UNSUBSCRIBE_KEY, "unsubscribe:" + carol);
        List<String> forged = List.of("abc.def", "", ".", "a.b.c", address + "." + b64.encodeToString(new byte[32]),
                address + "." + b64.encodeToString(devSignature),
                address + "." + b64.encodeToString(java.util.Arrays.copyOf(devSignature, 16)),
                b64.encodeToString("CAROL@ESTRIE.EXAMPLE".getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(
                        hmac(DEV_UNSUBSCRIBE_KEY, "unsubscribe:CAROL@ESTRIE.EXAMPLE")),
                address + "==." + b64.encodeToString(devSignature) + "==", "%00." + address, "x".repeat(3000));
        int n = 0;
        for (String token : forged) {
            n++;
            for (String method : List.of("GET", "POST")) {
                send(Probe.of(method + " /api/unsubscribe", "SCENARIO", "forged unsubscribe link #" + n)
                        .request(method, "/api/unsubscribe?token=" + (token.startsWith("%") ? token : Targets.encode(token)))
                        .header("Accept", "text/html").allow(400, 404).on2xx(Kind.FORGED_ACCEPTED).build());
            }
        }
        Probe check = Probe.of("GET /api/me/notification-preferences", "SCENARIO", "carol still subscribed")
                .as("carol").request("GET", "/api/me/notification-preferences").build();
        Outcome preferences = send(check);
        if (preferences.status() == 200 && Bodies.JSON.readTree(preferences.body()).path("unsubscribed").asBoolean(false)) {
            violation(Kind.FORGED_ACCEPTED, check, preferences, "a forged link unsubscribed carol");
        }
    }

    private void pathsIntoAnotherNetwork() {
        String op = "GET /api/networks/{networkId}/initiatives";
        String initiative = tenants.monteregie.open().initiative();
        for (String path : List.of("/api/networks/estrie/../monteregie/initiatives",
                "/api/networks/estrie/%2e%2e/monteregie/initiatives", "/api/networks/estrie%2F..%2Fmonteregie/initiatives",
                "/api/networks/monteregie%00/initiatives", "/api/networks/MONTEREGIE/initiatives",
                "/api/networks/monteregie%20/initiatives", "/api/networks/./monteregie/initiatives",
                "/api/networks/estrie;x=/../monteregie/initiatives",
                "/api/networks/monteregie/initiatives/" + initiative + "%00",
                "/api/networks/monteregie/initiatives/" + initiative.toUpperCase(java.util.Locale.ROOT))) {
            for (String base : List.of("gateway", "worksheet")) {
                send(Probe.of(op, "SCENARIO", "carol walks into monteregie" + (base.equals("gateway") ? "" : ", straight to " + base))
                        .as("carol").direct(base).request("GET", path).allow(400, 404).on2xx(Kind.BOLA).build());
            }
        }
    }

    private void identityHeaders() {
        String alice = tenants.subjects.get("alice");
        for (String base : List.of("gateway", "worksheet")) {
            Probe.Builder probe = Probe.of("GET /api/networks/{networkId}/initiatives", "SCENARIO",
                    "identity headers without a token" + (base.equals("gateway") ? "" : ", straight to " + base))
                    .direct(base).bearer("").request("GET", "/api/networks/monteregie/initiatives")
                    .allow(401).on2xx(Kind.FORGED_ACCEPTED);
            for (String name : List.of("X-User-Id", "X-Member-Id", "X-Auth-Request-User", "X-Forwarded-User", "X-Remote-User")) {
                probe.header(name, alice);
            }
            probe.header("X-Auth-Request-Email", "alice@monteregie.example").header("X-Networks", "monteregie");
            send(probe.build());
        }
    }

    /** Ids, networks and authors in a body are the server's to set, never the caller's. */
    private void massAssignment() {
        Tenant e = tenants.estrie;
        String carol = tenants.subjects.get("carol");
        String initiatives = "POST /api/networks/{networkId}/initiatives";
        Probe create = Probe.of(initiatives, "SCENARIO", "alice names estrie's initiative id and network in a body")
                .as("alice").request("POST", "/api/networks/monteregie/initiatives")
                .json("{\"name\":\"Assignation " + tag + "\",\"id\":\"" + e.secret().initiative() + "\",\"networkId\":\"estrie\","
                        + "\"createdBy\":\"" + carol + "\",\"visibility\":\"NETWORK\"}").build();
        Outcome created = send(create);
        if (created.status() == 201) {
            JsonNode initiative = Bodies.JSON.readTree(created.body());
            if (!initiative.path("networkId").asString().equals("monteregie")
                    || initiative.path("id").asString().equals(e.secret().initiative())
                    || initiative.path("createdBy").asString().equals(carol)) {
                violation(Kind.BOLA, create, created, "the body's id, network or author was taken");
            }
        }
        Probe partner = Probe.of("POST /api/networks/{networkId}/partners", "SCENARIO",
                "alice names estrie's partner id and network in a body").as("alice")
                .request("POST", "/api/networks/monteregie/partners")
                .json("{\"name\":\"Partenaire assigné " + tag + "\",\"kind\":\"FUNDER\",\"id\":\"" + e.partner()
                        + "\",\"networkId\":\"estrie\"}").build();
        send(partner);
        String resources = "/api/networks/monteregie/initiatives/" + tenants.monteregie.open().initiative() + "/pooled-resources";
        send(Probe.of("POST /api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources", "SCENARIO",
                "alice names estrie's initiative in a resource").as("alice").request("POST", resources)
                .json("{\"partnerId\":\"" + tenants.monteregie.partner() + "\",\"kind\":\"DATA\",\"description\":\"Données "
                        + tag + "\",\"initiativeId\":\"" + e.open().initiative() + "\",\"networkId\":\"estrie\"}").build());
        // what carol owns is untouched
        for (String path : List.of("/api/networks/estrie/initiatives/" + e.secret().initiative(),
                "/api/networks/estrie/partners/" + e.partner(),
                "/api/networks/estrie/initiatives/" + e.open().initiative() + "/pooled-resources")) {
            Probe check = Probe.of("GET " + path, "SCENARIO", "carol's data after alice's assignments").as("carol")
                    .request("GET", path).build();
            Outcome outcome = send(check);
            if (outcome.status() != 200 || (path.contains("pooled-resources") ? outcome.body().contains("Données " + tag)
                    : !outcome.body().contains(e.marker()))) {
                violation(Kind.BOLA, check, outcome, "carol's data was changed from monteregie");
            }
        }
    }

    private void finalSweep() {
        // the control: each owner still sees their secret initiative's marker, so its absence elsewhere means something
        for (Tenant tenant : List.of(tenants.monteregie, tenants.estrie)) {
            String sheet = "/api/networks/" + tenant.network() + "/initiatives/" + tenant.secret().initiative() + "/worksheet";
            Outcome own = send(Probe.of("GET " + sheet, "SWEEP", tenant.owner() + " reads her secret initiative")
                    .as(tenant.owner()).request("GET", sheet).build());
            if (own.status() != 200 || !own.body().contains(tenant.secretMarker())) {
                throw new IllegalStateException("the suite's fixtures are not what it thinks: " + own);
            }
        }
        for (String caller : List.of("alice", "bob", "carol")) {
            for (Tenant tenant : List.of(tenants.monteregie, tenants.estrie)) {
                if (caller.equals("alice") && tenant == tenants.estrie || caller.equals("carol") && tenant == tenants.monteregie) {
                    continue;
                }
                String network = "/api/networks/" + tenant.network();
                String open = network + "/initiatives/" + tenant.open().initiative();
                List<String> paths = new ArrayList<>(List.of(network + "/initiatives?size=100", network + "/dashboard",
                        network + "/partners?size=100&includeArchived=true", network + "/partners/export",
                        network + "/pooled-resources", network + "/pooled-resources/totals",
                        network + "/partners/" + tenant.partner() + "/pooled-resources", open, open + "/members",
                        open + "/worksheet", open + "/worksheet/history?size=100", open + "/worksheet/versions",
                        open + "/worksheet/roles/" + Tenants.ROLE + "/comments", open + "/debrief",
                        open + "/pooled-resources", open + "/pooled-resources/totals", "/api/me",
                        "/api/me/notification-preferences"));
                if (caller.equals("carol")) {
                    paths.add(network + "/mail-log?size=100");
                }
                for (String path : paths) {
                    send(Probe.of("GET " + path, "SWEEP", caller + " reads what they may").as(caller)
                            .request("GET", path).build());
                }
                String search = network + "/partners?q=" + (tenant == tenants.monteregie ? "ZQESTR" : "ZQMONT") + tag;
                Probe probe = Probe.of("GET /api/networks/{networkId}/partners", "SWEEP", caller + " searches for the "
                        + "other network's partners").as(caller).request("GET", search).build();
                Outcome found = send(probe);
                if (found.status() == 200 && Bodies.JSON.readTree(found.body()).path("total").asLong() > 0) {
                    violation(Kind.LEAK, probe, found, "a search in one network finds another's partners");
                }
            }
        }
    }

    static byte[] hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }
}
