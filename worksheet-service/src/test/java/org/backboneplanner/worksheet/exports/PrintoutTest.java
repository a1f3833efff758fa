package org.backboneplanner.worksheet.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The printout is the whole worksheet: a worksheet filled as the seed asks (six roles, step 2, a mature
 * initiative's plans), with resources partners pooled (partner-service's events) and the group's debrief
 * answers (debrief-service's events), printed in French and English and read back with PDFBox.
 */
class PrintoutTest extends ServiceIntegrationTest {

    private static final EventEnvelope.Actor CAROL = new EventEnvelope.Actor("carol", "Carol Gagnon");

    private String network;
    private String token;
    private String initiative;
    private String initiativeId;
    private ApiClient alice;

    @BeforeEach
    void fillTheWorksheetAsTheSeedAsks() {
        network = newNetwork();
        token = tokens().of("alice").networks(List.of(network)).networkName(network, "Réseau Montérégie")
                .name("Alice Tremblay").email("alice@example.org").sign();
        alice = api(token);
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Petite enfance Haut-Richelieu",
                "maturity", "MATURE", "startYear", 2026, "endYear", 2030)).header("Location");
        initiativeId = initiative.substring(initiative.lastIndexOf('/') + 1);
        String granby = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, granby, 1, Instant.now(), CAROL,
                    SampleEvents.partnerRegistered(granby, "Ville de Granby")));
        }
        for (BackboneRole role : BackboneRole.values()) {
            String row = initiative + "/worksheet/roles/" + role;
            alice.patch(row, Map.of("carriers", List.of(Map.of("kind", "TO_FIND", "name", "Porteur " + role.ordinal()),
                            Map.of("kind", "TO_FIND", "name", "Relais " + role.ordinal())),
                    "strengths", List.of("Force " + role.ordinal()), "weaknesses", List.of("Faiblesse " + role.ordinal())),
                    Map.of("If-Match", alice.get(row).header("ETag")));
            alice.post(row + "/next-steps", Map.of("title", "Étape " + role.ordinal(), "owner", Map.of(),
                    "dueDate", "2027-0" + (role.ordinal() + 1) + "-15", "horizon", "MEDIUM"));
        }
        String resourcesRow = initiative + "/worksheet/roles/RESOURCES";
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.send("PUT", resourcesRow + "/sharing", Map.of(
                "shared", true, "tasks", List.of(Map.of("task", "Rédiger les demandes de financement",
                        "partnerIds", List.of(granby)))), Map.of("If-Match", alice.get(resourcesRow).header("ETag")))
                .status() == 200);
        alice.send("PUT", initiative + "/worksheet/pooling", Map.of("intentions", List.of(Map.of(
                        "description", "Un local pour les rencontres citoyennes", "roles", List.of("COMMUNITY_ENGAGEMENT")))),
                Map.of("If-Match", alice.get(initiative + "/worksheet").json().get("pooling").get("etag").asString()));
        var plans = alice.get(initiative + "/worksheet").json().get("plans");
        alice.send("PUT", initiative + "/worksheet/plans/SUCCESSION", Map.of("notes",
                "Former deux personnes à la coordination d'ici 2028"), Map.of("If-Match", plans.get(0).get("etag").asString()));
        alice.send("PUT", initiative + "/worksheet/plans/SUSTAINABILITY", Map.of("notes",
                "Diversifier le financement"), Map.of("If-Match", plans.get(1).get("etag").asString()));
    }

    /** Five resources: secured, proposed, weekly staff time, one with no amount, one withdrawn. */
    private void poolResources() {
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            PooledResourceDetails grant = resource("Ville de Granby", ResourceKind.FUNDING, "Subvention de démarrage",
                    "15000.00", "CAD", ResourceStatus.PROPOSED, BackboneRole.RESOURCES, BackboneRole.POLICY);
            pool(publisher, grant, 1, new ResourcePooled(grant));
            PooledResourceDetails committed = withStatus(grant, ResourceStatus.COMMITTED);
            pool(publisher, committed, 2, new ResourceStatusChanged(committed, ResourceStatus.PROPOSED));
            PooledResourceDetails offered = resource("CISSS de la Montérégie-Est", ResourceKind.FUNDING, "Fonds régional",
                    "5000", "CAD", ResourceStatus.PROPOSED, BackboneRole.RESOURCES);
            pool(publisher, offered, 1, new ResourcePooled(offered));
            PooledResourceDetails analyst = resource("CISSS de la Montérégie-Est", ResourceKind.STAFF_TIME,
                    "Analyste de données", "5", "HOURS_PER_WEEK", ResourceStatus.DELIVERED, BackboneRole.SHARED_MEASUREMENT);
            pool(publisher, analyst, 1, new ResourcePooled(analyst));
            PooledResourceDetails room = resource("Ville de Granby", ResourceKind.SPACE, "Salle communautaire", null, null,
                    ResourceStatus.COMMITTED, BackboneRole.COMMUNITY_ENGAGEMENT);
            pool(publisher, room, 1, new ResourcePooled(room));
            PooledResourceDetails gone = resource("Caisse Desjardins", ResourceKind.FUNDING, "Commandite retirée", "2000",
                    "CAD", ResourceStatus.WITHDRAWN, BackboneRole.RESOURCES);
            pool(publisher, gone, 1, new ResourcePooled(gone));
        }
    }

    private void answerTheDebrief() {
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            answer(publisher, "STRENGTHS_AND_WEAKNESSES", 1, "Une première version, trop vague.");
            answer(publisher, "STRENGTHS_AND_WEAKNESSES", 2, "Des partenaires engagés; peu de données communes.");
            answer(publisher, "POOLED_RESOURCES", 1, "Oui : la Ville prête une salle et finance le démarrage.");
        }
    }

    private void pool(EventPublisher publisher, PooledResourceDetails resource, long sequence, EventPayload payload) {
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiativeId, resource.resourceId(), sequence,
                Instant.now(), CAROL, payload));
    }

    private void answer(EventPublisher publisher, String question, long sequence, String text) {
        publisher.publish(Topics.DEBRIEF, EventEnvelope.of(network, initiativeId, initiativeId + ":" + question, sequence,
                Instant.now(), SampleEvents.ALICE, new DebriefAnswered(question, text, "Alice Tremblay")));
    }

    private PooledResourceDetails resource(String partner, ResourceKind kind, String description, String amount,
                                           String unit, ResourceStatus status, BackboneRole... roles) {
        return grant(partner, kind, description, amount, unit, null, null, status, roles);
    }

    private PooledResourceDetails grant(String partner, ResourceKind kind, String description, String amount, String unit,
                                        String from, String to, ResourceStatus status, BackboneRole... roles) {
        return new PooledResourceDetails(UUID.randomUUID().toString(), initiativeId, UUID.randomUUID().toString(), partner,
                kind, description, amount == null ? null : new BigDecimal(amount), unit,
                from == null ? null : java.time.LocalDate.parse(from), to == null ? null : java.time.LocalDate.parse(to),
                List.of(roles), status);
    }

    @Test
    void grantsOfDifferentPeriodsAreTotalledPerPeriodNeverAddedTogether() throws Exception {
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            for (PooledResourceDetails grant : List.of(
                    grant("Ville de Granby", ResourceKind.FUNDING, "Subvention annuelle", "10000", "CAD", "2026-01-01",
                            "2026-12-31", ResourceStatus.COMMITTED, BackboneRole.RESOURCES),
                    grant("Caisse Desjardins", ResourceKind.FUNDING, "Don annuel", "2500", "CAD", "2026-01-01",
                            "2026-12-31", ResourceStatus.COMMITTED, BackboneRole.RESOURCES),
                    grant("Fondation Chagnon", ResourceKind.FUNDING, "Fonds triennal", "30000", "CAD", "2026-01-01",
                            "2028-12-31", ResourceStatus.COMMITTED, BackboneRole.RESOURCES))) {
                pool(publisher, grant, 1, new ResourcePooled(grant));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> printed("fr", "Subvention annuelle", "Don annuel",
                "Fonds triennal"));
        // a narrow cell may break a date after a hyphen: read dates whole again
        String text = pdfText("fr").replaceAll("(\\d)- (\\d)", "$1-$2");

        // dates as the screen writes them, not as ISO strings
        assertThat(text).contains("Fonds triennal — 30 000 CAD (du 1 janvier 2026 au 31 décembre 2028) (engagée)")
                .contains("Ensemble 3 ressources 12 500 CAD (du 1 janvier 2026 au 31 décembre 2026); 30 000 CAD (du 1 janvier "
                        + "2026 au 31 décembre 2028) —")
                .doesNotContain("42 500").doesNotContain("2026-01-01");
        assertThat(pdfText("en").replaceAll("(\\d)- (\\d)", "$1-$2")).contains("All roles 3 resources 12,500 CAD (January 1, 2026 to "
                + "December 31, 2026); 30,000 CAD (January 1, 2026 to December 31, 2028) —");
    }

    private static PooledResourceDetails withStatus(PooledResourceDetails d, ResourceStatus status) {
        return new PooledResourceDetails(d.resourceId(), d.initiativeId(), d.partnerId(), d.partnerName(), d.kind(),
                d.description(), d.amount(), d.unit(), d.from(), d.to(), d.roles(), status);
    }

    private HttpResponse<byte[]> export(String query) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + initiative
                        + "/worksheet/export?" + query)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text on one line: every run of white space (line ends in cells included) as one space. */
    private String pdfText(String lang) throws IOException, InterruptedException {
        try (PDDocument document = Loader.loadPDF(export("format=pdf&lang=" + lang).body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private boolean printed(String lang, String... parts) throws IOException, InterruptedException {
        String text = pdfText(lang);
        return List.of(parts).stream().allMatch(text::contains);
    }

    @Test
    void theFrenchPrintoutHoldsTheWholeWorksheetWithPooledTotalsAndDebriefAnswers() throws Exception {
        poolResources();
        answerTheDebrief();

        await().atMost(Duration.ofSeconds(30)).until(() -> printed("fr", "Salle communautaire",
                "Commandite retirée", "Oui : la Ville prête une salle", "Des partenaires engagés"));
        String text = pdfText("fr");

        assertThat(text).contains("Réseau : Réseau Montérégie").doesNotContain("Réseau : " + network);
        for (BackboneRole role : BackboneRole.values()) {
            assertThat(text).contains(role.labelFr()).contains("Porteur " + role.ordinal())
                    .contains("Force " + role.ordinal()).contains("Faiblesse " + role.ordinal())
                    .contains("Étape " + role.ordinal());
        }
        // a step's due date as the screen writes it (the first role's step is due 2027-01-15)
        assertThat(text).contains("15 janvier 2027").doesNotContain("2027-01-15");
        assertThat(text).contains("Partage des rôles et des tâches clés")
                .contains("oui — entre Porteur 5, Relais 5")
                .contains("Rédiger les demandes de financement — par Ville de Granby")
                .contains("Un local pour les rencontres citoyennes (Cultiver et maintenir l'engagement de la communauté)");
        assertThat(text).contains("Ressources mutualisées par les partenaires")
                .contains("Ville de Granby — Subvention de démarrage — 15 000 CAD (période non précisée) (engagée)")
                .contains("CISSS de la Montérégie-Est — Analyste de données — 5 h/semaine (livrée)")
                .contains("Caisse Desjardins — Commandite retirée — 2 000 CAD (période non précisée) (retirée)");
        // mobilizing resources (its row lists the grant last, then its totals): the grant is secured, the
        // regional fund only proposed, the withdrawn one nowhere; advancing policy has the grant alone
        assertThat(text).contains("Subvention de démarrage — 15 000 CAD (période non précisée) (engagée) 15 000 CAD (période non précisée) 5 000 CAD (période non précisée)")
                .contains("Subvention de démarrage — 15 000 CAD (période non précisée) (engagée) 15 000 CAD (période non précisée) —");
        // the whole: the grant counts once though it serves two roles; 5 h a week is 21.67 h a month
        assertThat(text).contains("Ensemble 5 ressources 15 000 CAD (période non précisée); 21,67 h/mois; 1 autre ressource 5 000 CAD (période non précisée)");
        assertThat(text).contains("Relève : Former deux personnes à la coordination d'ici 2028")
                .contains("Pérennité : Diversifier le financement");
        assertThat(text).contains("Quelles sont les forces et les faiblesses actuelles de l'infrastructure de soutien "
                        + "en place? Des partenaires engagés; peu de données communes. — Alice Tremblay")
                .doesNotContain("Une première version")
                .contains("afin d'assurer l'exercice des rôles essentiels? Oui : la Ville prête une salle et finance le "
                        + "démarrage.");
        // ruled lines only under the question nobody answered yet
        assertThat(text.split("_{120}", -1)).hasSize(5);
        assertThat(text).contains("Comment planifions-nous la suite de notre initiative? ____");
    }

    @Test
    void theEnglishPrintoutSaysTheSameInEnglish() throws Exception {
        poolResources();
        answerTheDebrief();

        await().atMost(Duration.ofSeconds(30)).until(() -> printed("en", "Salle communautaire",
                "Commandite retirée", "Oui : la Ville prête une salle"));
        String text = pdfText("en");

        assertThat(text).contains("Network: Réseau Montérégie").contains("Step 1 — Who will carry or share the roles")
                .contains("Sharing roles and key tasks").contains("yes — between Porteur 5, Relais 5")
                .contains("Resources pooled by partners")
                .contains("Ville de Granby — Subvention de démarrage — 15,000 CAD (no period given) (committed)")
                .contains("5 h/week (delivered)")
                .contains("All roles 5 resources 15,000 CAD (no period given); 21.67 h/month; 1 other resource 5,000 CAD (no period given)")
                .contains("Succession: Former deux personnes").contains("Sustainability: Diversifier le financement")
                .contains("What are the current strengths and weaknesses of the backbone infrastructure in place? "
                        + "Des partenaires engagés; peu de données communes.")
                .contains("How are we planning what comes next for our initiative? ____");
        assertThat(text.split("_{120}", -1)).hasSize(5);
    }

    @Test
    void withNothingPooledOrAnsweredEveryQuestionHasRuledLines() throws Exception {
        String text = pdfText("fr");

        assertThat(text).contains("Ressources mutualisées par les partenaires (rien pour le moment)");
        assertThat(text.split("_{120}", -1)).hasSize(13);
    }

    @Test
    void downloadsAreNamedAfterTheInitiativeInAsciiAndInUtf8() throws Exception {
        String pdf = export("format=pdf&lang=fr").headers().firstValue("Content-Disposition").orElseThrow();
        String csv = export("format=csv&lang=en").headers().firstValue("Content-Disposition").orElseThrow();

        assertThat(pdf).isEqualTo("attachment; filename=\"Petite enfance Haut-Richelieu - fiche de travail.pdf\"; "
                + "filename*=UTF-8''Petite%20enfance%20Haut-Richelieu%20%E2%80%94%20fiche%20de%20travail.pdf");
        assertThat(csv).isEqualTo("attachment; filename=\"Petite enfance Haut-Richelieu - next steps.csv\"; "
                + "filename*=UTF-8''Petite%20enfance%20Haut-Richelieu%20%E2%80%94%20next%20steps.csv");
    }
}
