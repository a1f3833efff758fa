package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.system.hostile.Barrage.Outcome;
import org.backboneplanner.system.hostile.Probe.Kind;

/**
 * Many at once: bodies over the limit from several clients, invitations in a row, live streams held
 * open by one member. Each must meet a limit, not a 5xx or an unbounded yes.
 */
final class Floods {

    static final int INVITATIONS = 30;
    static final int STREAMS = 20;
    static final int OVERSIZED = 30;

    private final Scenarios scenarios;
    private final Barrage barrage;
    private final Report report;
    private final Tenants tenants;
    private final String tag;

    Floods(Scenarios scenarios, Barrage barrage, Report report, Tenants tenants, String tag) {
        this.scenarios = scenarios;
        this.barrage = barrage;
        this.report = report;
        this.tenants = tenants;
        this.tag = tag;
    }

    /**
     * Bodies over the limit from four clients at once: each must get 413, however the race between the
     * service refusing the body and the gateway still forwarding it turns out.
     */
    void oversizedBodiesAtOnce() {
        byte[] body = ("{\"name\":\"Trop " + tag + "\",\"description\":\"" + "p".repeat(8_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        List<List<Probe>> clients = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            List<Probe> probes = new ArrayList<>();
            for (int i = 0; i < OVERSIZED; i++) {
                Probe.Builder probe = Probe.of("POST /api/networks/{networkId}/initiatives", "SCENARIO",
                        "8 MB body, four clients at once, " + (i % 2 == 0 ? "chunked" : "with Expect: 100-continue"))
                        .as("alice").request("POST", "/api/networks/monteregie/initiatives")
                        .body(body, "application/json").allow(413);
                probes.add((i % 2 == 0 ? probe.chunked() : probe.expectContinue()).build());
            }
            clients.add(probes);
        }
        barrage.run(clients, report::judge);
    }

    /** Anyone who may invite must not be able to make the system mail any number of addresses (issue 9, 4). */
    void invitations() {
        String members = "/api/networks/monteregie/initiatives/" + tenants.monteregie.open().initiative() + "/members";
        int accepted = 0;
        Probe last = null;
        Outcome answer = null;
        for (int i = 0; i < INVITATIONS; i++) {
            last = Probe.of("POST /api/networks/{networkId}/initiatives/{initiativeId}/members", "SCENARIO",
                    "invitation " + (i + 1) + " of " + INVITATIONS + " in a row").as("alice").request("POST", members)
                    .json("{\"email\":\"invite-" + i + "-" + tag.toLowerCase() + "@example.org\",\"name\":\"Invité " + i
                            + "\",\"role\":\"GUEST\"}").build();
            answer = scenarios.send(last);
            accepted += answer.status() == 201 ? 1 : 0;
        }
        if (accepted == INVITATIONS) {
            scenarios.violation(Kind.ACCEPTED, last, answer, INVITATIONS + " invitations in a row, all sent: no rate limit");
        }
    }

    /** One member may not hold any number of live streams open (issue 9, 8). */
    void liveStreams() {
        String live = "/api/networks/monteregie/initiatives/" + tenants.monteregie.open().initiative() + "/worksheet/live";
        Probe probe = Probe.of("GET /api/networks/{networkId}/initiatives/{initiativeId}/worksheet/live", "SCENARIO",
                STREAMS + " live streams open at once for one member").as("bob").request("GET", live).build();
        List<java.net.Socket> open = new ArrayList<>();
        int streaming = 0;
        int status = -1;
        try {
            java.net.URI gateway = java.net.URI.create(barrage.base("gateway"));
            for (int i = 0; i < STREAMS; i++) {
                java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort());
                socket.setSoTimeout(10_000);
                open.add(socket);
                socket.getOutputStream().write(("GET " + live + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                        + "Accept: text/event-stream\r\nAuthorization: Bearer " + barrage.token("bob") + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine();
                status = line == null ? -1 : Integer.parseInt(line.split(" ")[1]);
                streaming += status == 200 ? 1 : 0;
            }
        } catch (java.io.IOException | RuntimeException e) {
            status = -1;
        } finally {
            open.forEach(socket -> {
                try {
                    socket.close();
                } catch (java.io.IOException e) {
                    // closing anyway
                }
            });
        }
        if (streaming == STREAMS) {
            scenarios.violation(Kind.ACCEPTED, probe, new Outcome(status, "text/event-stream", "", null, null),
                    STREAMS + " live streams open at once for one member, none refused");
        }
    }
}
