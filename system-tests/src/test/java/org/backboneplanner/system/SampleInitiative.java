package org.backboneplanner.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

/**
 * A worksheet as a table would have it after a first meeting, written by alice through the API: a partner with a
 * contact carries a role, another role has a carrier to find, strengths, weaknesses and next steps, a pooled grant,
 * an adopted version and an answer to a debrief question. Screens are looked at and photographed with it.
 */
record SampleInitiative(String networkId, String initiativeId, String partnerId, String stepDue) {

    static final String NETWORK = "monteregie";
    /** A March 15 still weeks ahead, whenever the tests run: the step stays upcoming, never overdue. */
    static final String STEP_DUE = nextMarch15(LocalDate.now(ZoneId.of("America/Montreal")).plusDays(30)).toString();
    /** The horizon starts in 2026 (the overdue step and the grant are of that year) and reaches past the step. */
    static final int END_YEAR = Math.max(2029, LocalDate.parse(STEP_DUE).getYear() + 1);

    private static LocalDate nextMarch15(LocalDate from) {
        LocalDate thisYear = LocalDate.of(from.getYear(), 3, 15);
        return thisYear.isBefore(from) ? thisYear.plusYears(1) : thisYear;
    }

    static SampleInitiative write(RunningSystem system) {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String network = "/api/networks/" + NETWORK;
        String partner = alice.post(network + "/partners", Map.of("name", "Fondation Richelieu-Yamaska " + suffix,
                "kind", "FUNDER", "territory", "Saint-Hyacinthe", "sectors", List.of("philanthropie"),
                "contacts", List.of(Map.of("name", "Hélène Roy", "role", "Directrice", "email", "h.roy@fondation.example",
                        "language", "fr")))).json().get("id").asString();
        Response created = alice.post(network + "/initiatives", Map.of("name", "Table de quartier Saint-Hyacinthe " + suffix,
                "description", "Concertation en sécurité alimentaire et petite enfance.", "maturity", "MATURE",
                "startYear", 2026, "endYear", END_YEAR));
        String id = created.json().get("id").asString();
        String base = network + "/initiatives/" + id;

        String resources = base + "/worksheet/roles/RESOURCES";
        // worksheet-service hears of the partner through its events
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.patch(resources, Map.of(
                "carriers", List.of(Map.of("kind", "PARTNER", "partnerId", partner)),
                "strengths", List.of("Fondation locale engagée depuis 2019"),
                "weaknesses", List.of("Aucun financement au-delà de 2027")),
                Map.of("If-Match", alice.get(resources).header("ETag"))).status() == 200);
        String policy = base + "/worksheet/roles/POLICY";
        alice.patch(policy, Map.of("carriers", List.of(Map.of("kind", "TO_FIND", "name", "Élu·e municipal·e")),
                "strengths", List.of("Liens avec la MRC"), "weaknesses", List.of("Personne ne suit les consultations publiques")),
                Map.of("If-Match", alice.get(policy).header("ETag")));
        alice.post(resources + "/next-steps", Map.of("title", "Déposer une demande au fonds régional", "owner", Map.of(),
                "dueDate", STEP_DUE));
        alice.post(policy + "/next-steps", Map.of("title", "Rencontrer la préfète de la MRC", "owner", Map.of(),
                "dueDate", "2026-06-30"));

        String pooled = base + "/pooled-resources";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(pooled).status() == 200);
        alice.post(pooled, Map.of("partnerId", partner, "kind", "FUNDING", "description", "Fonds de démarrage",
                "amount", 25000, "unit", "CAD", "from", "2026-01-01", "to", "2026-12-31", "roles", List.of("RESOURCES")));
        alice.post(base + "/worksheet/versions", Map.of("name", "Après la première rencontre"));

        String answer = base + "/debrief/answers/STRENGTHS_AND_WEAKNESSES";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(base + "/debrief").status() == 200);
        String etag = null;
        for (var question : alice.get(base + "/debrief").json().get("answers")) {
            if (question.get("question").asString().equals("STRENGTHS_AND_WEAKNESSES") && question.hasNonNull("etag")) {
                etag = question.get("etag").asString();
            }
        }
        alice.send("PUT", answer, Map.of("answer", "Le financement est notre point faible."),
                etag == null ? Map.of() : Map.of("If-Match", etag));
        return new SampleInitiative(NETWORK, id, partner, STEP_DUE);
    }

    String initiativeHash(String tab) {
        return "/#/networks/" + networkId + "/initiatives/" + initiativeId + "/" + tab;
    }
}
