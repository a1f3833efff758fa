package org.backboneplanner.system.hostile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

/**
 * The two networks the suite attacks, filled through the API by their own members: in each, an
 * initiative every member may read and a secret one (visibility {@code MEMBERS}, not shared), each with
 * steps, comments, a version, members and pooled resources, plus a partner and a network resource.
 * Every text written carries a marker that must never reach anyone not allowed to read it.
 */
final class Tenants {

    static final String ROLE = "RESOURCES";
    static final String PLAN = "SUCCESSION";
    static final String QUESTION = "STRENGTHS_AND_WEAKNESSES";

    /** The ids of one initiative and of the things inside it the paths name. */
    record Scope(String initiative, String step, String planStep, String membership, String version, String resource) {

        Set<String> ids() {
            return Set.of(initiative, step, planStep, membership, version, resource);
        }
    }

    /** One network: who owns it, its two initiatives, a partner, and the markers of its texts. */
    record Tenant(String network, String owner, Scope open, Scope secret, String partner, String networkResource,
                  String marker, String secretMarker) {

        Set<String> ids() {
            Set<String> ids = new HashSet<>(open.ids());
            ids.addAll(secret.ids());
            ids.add(partner);
            ids.add(networkResource);
            return ids;
        }
    }

    final Tenant monteregie;
    final Tenant estrie;
    final Map<String, String> subjects;

    private Tenants(Tenant monteregie, Tenant estrie, Map<String, String> subjects) {
        this.monteregie = monteregie;
        this.estrie = estrie;
        this.subjects = subjects;
    }

    Tenant of(String network) {
        return network.equals("monteregie") ? monteregie : estrie;
    }

    Tenant other(Tenant tenant) {
        return tenant == monteregie ? estrie : monteregie;
    }

    /** Alice fills Montérégie, carol fills Estrie; bob joins the open initiatives only. */
    static Tenants create(String gatewayUrl, Function<String, String> tokens, String tag) {
        ApiClient alice = new ApiClient(gatewayUrl, tokens.apply("alice"));
        ApiClient carol = new ApiClient(gatewayUrl, tokens.apply("carol"));
        ApiClient bob = new ApiClient(gatewayUrl, tokens.apply("bob"));
        Map<String, String> subjects = Map.of(
                "alice", alice.get("/api/me").json().path("id").asString(),
                "bob", bob.get("/api/me").json().path("id").asString(),
                "carol", carol.get("/api/me").json().path("id").asString());
        Tenant monteregie = fill(alice, bob, "alice", "monteregie", "ZQMONT" + tag, "ZQMSEC" + tag);
        Tenant estrie = fill(carol, bob, "carol", "estrie", "ZQESTR" + tag, "ZQESEC" + tag);
        return new Tenants(monteregie, estrie, subjects);
    }

    private static Tenant fill(ApiClient owner, ApiClient bob, String ownerName, String network, String marker,
                               String secretMarker) {
        String base = "/api/networks/" + network;
        String partner = created(owner.post(base + "/partners", Map.of("name", "Fondation " + marker, "kind", "FUNDER",
                "territory", marker, "contacts", List.of(Map.of("name", "Contact " + marker,
                        "email", "contact-" + marker.toLowerCase() + "@example.org")))));
        Scope open = scope(owner, network, partner, marker, "NETWORK", "dave." + network + "@example.org");
        Scope secret = scope(owner, network, partner, secretMarker + " " + marker, "MEMBERS",
                "erin." + network + "@example.org");
        String initiative = base + "/initiatives/" + open.initiative();
        check(owner.post(initiative + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob",
                "role", "PARTNER")), 201);
        check(bob.get(initiative), 200); // bob joins on his first visit
        String networkResource = created(owner.post(base + "/pooled-resources", Map.of("partnerId", partner,
                "kind", "EXPERTISE", "description", "Expertise " + marker, "roles", List.of(ROLE))));
        return new Tenant(network, ownerName, open, secret, partner, networkResource, marker, secretMarker);
    }

    private static Scope scope(ApiClient owner, String network, String partner, String marker, String visibility,
                               String invitee) {
        int year = LocalDate.now().getYear();
        String initiative = "/api/networks/" + network + "/initiatives/" + created(owner.post(
                "/api/networks/" + network + "/initiatives", Map.of("name", "Initiative " + marker,
                        "description", "Description " + marker, "maturity", "MATURE", "startYear", year,
                        "endYear", year + 3, "languages", List.of("fr", "en"), "visibility", visibility)));
        String sheet = initiative + "/worksheet";
        String membership = created(owner.post(initiative + "/members", Map.of("email", invitee, "name", "Invité " + marker,
                "role", "GUEST")));
        write(owner, "PATCH", sheet + "/roles/" + ROLE, Map.of("carriers", List.of(Map.of("kind", "PARTNER",
                "partnerId", partner)), "strengths", List.of("Force " + marker), "weaknesses", List.of("Faiblesse " + marker)));
        write(owner, "PUT", sheet + "/roles/" + ROLE + "/sharing", Map.of("shared", true, "tasks", List.of(Map.of(
                "task", "Tâche " + marker, "partnerIds", List.of(partner)))));
        write(owner, "PUT", sheet + "/pooling", Map.of("intentions", List.of(Map.of("description", "Local " + marker,
                "partnerId", partner, "roles", List.of(ROLE)))));
        write(owner, "PUT", sheet + "/plans/" + PLAN, Map.of("notes", "Relève " + marker));
        String due = LocalDate.now().plusDays(60).toString();
        String step = created(owner.post(sheet + "/roles/" + ROLE + "/next-steps", Map.of("title", "Étape " + marker,
                "description", marker, "owner", Map.of(), "dueDate", due, "horizon", "SHORT")));
        String planStep = created(owner.post(sheet + "/plans/" + PLAN + "/next-steps", Map.of("title", "Relève " + marker,
                "owner", Map.of(), "dueDate", due)));
        check(owner.post(sheet + "/roles/" + ROLE + "/comments", Map.of("body", "Commentaire " + marker)), 201);
        check(owner.post(sheet + "/roles/" + ROLE + "/next-steps/" + step + "/comments",
                Map.of("body", "Sur l'étape " + marker)), 201);
        String version = created(owner.post(sheet + "/versions", Map.of("name", "Version " + marker)));
        // partner-service and debrief-service learn of the initiative from its events
        await().atMost(Duration.ofSeconds(60)).until(() -> owner.get(initiative + "/pooled-resources").status() == 200);
        String resource = created(owner.post(initiative + "/pooled-resources", Map.of("partnerId", partner,
                "kind", "FUNDING", "description", "Fonds " + marker, "amount", 1000, "unit", "CAD", "roles", List.of(ROLE))));
        await().atMost(Duration.ofSeconds(60)).until(() -> owner.get(initiative + "/debrief").status() == 200);
        write(owner, "PUT", initiative + "/debrief/answers/" + QUESTION, Map.of("answer", "Réponse " + marker));
        return new Scope(lastSegment(initiative), step, planStep, membership, version, resource);
    }

    /** A write with {@code If-Match}: a made-up tag first; the 412 names the current one. */
    static Response write(ApiClient client, String method, String path, Object body) {
        Response first = client.send(method, path, body, Map.of("If-Match", "\"hostile-0\""));
        if (first.status() != 412 || first.header("ETag") == null) {
            return check(first, 200);
        }
        return check(client.send(method, path, body, Map.of("If-Match", first.header("ETag"))), 200);
    }

    private static String created(Response response) {
        check(response, 201);
        String id = response.json().path("id").asString("");
        return id.isEmpty() ? lastSegment(response.header("Location")) : id;
    }

    private static Response check(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("fixture: expected " + status + ", got " + response);
        }
        return response;
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
