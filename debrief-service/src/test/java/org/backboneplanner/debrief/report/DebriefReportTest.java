package org.backboneplanner.debrief.report;

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
import java.time.LocalDate;
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
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The debrief report as a PDF, read back with PDFBox's text extraction: in French and in English it holds the
 * figures that were entered (single carrier, 90 % from one funder, Herfindahl 0.82, a rating), the talking points
 * and the group's answer, and it is named after the initiative.
 */
class DebriefReportTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private String base;
    private String token;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        base = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        token = tokens().token("alice", network);
        alice = api(token);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(long sequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, sequence, payload));
    }

    private void pool(String partnerId, String partner, String amount, ResourceStatus status, BackboneRole... roles) {
        PooledResourceDetails details = new PooledResourceDetails(UUID.randomUUID().toString(), initiative, partnerId,
                partner, ResourceKind.FUNDING, "Fonds", new BigDecimal(amount), "CAD", null, null, List.of(roles), status);
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, details.resourceId(), 1, Instant.now(),
                SampleEvents.ALICE, new ResourcePooled(details)));
    }

    private HttpResponse<byte[]> report(String query, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + base + "/report.pdf"
                + query)).header("Authorization", "Bearer " + token);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text on one line: every run of white space, no-break ones included, as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportHoldsTheFiguresTalkingPointsAndAnswersInFrenchAndInEnglish() throws Exception {
        publish(1, SampleEvents.initiativeCreated("Table Granby", Visibility.NETWORK));
        publish(2, new RoleUpdated(BackboneRole.POLICY, List.of(new Carrier(CarrierKind.PARTNER, "ville", null,
                "Ville de Granby")), List.of("Élus proches"), List.of("Peu de temps", "Aucun budget"), null));
        publish(3, SampleEvents.scheduled("Table Granby", new NextStepDetails("s1", BackboneRole.POLICY, null,
                "Rencontrer le conseil", null, null, LocalDate.now().plusMonths(18), Horizon.MEDIUM, NextStepStatus.TODO,
                null)));
        pool("fondation", "Fondation Lucie", "90000", ResourceStatus.COMMITTED, BackboneRole.POLICY, BackboneRole.RESOURCES);
        pool("ville", "Ville de Granby", "10000", ResourceStatus.PROPOSED, BackboneRole.POLICY);
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(base).status() == 200
                && alice.get(base).json().at("/analytics/pooling/concentration/0/contributors").asInt() == 2
                && alice.get(base).json().at("/analytics/planning/open").asInt() == 1);
        String etag = alice.get(base).json().at("/answers/0/etag").asString();
        assertThat(alice.send("PUT", base + "/answers/STRENGTHS_AND_WEAKNESSES", Map.of("answer",
                "Les politiques reposent sur la Ville seule."), Map.of("If-Match", etag)).status()).isEqualTo(200);
        String rating = alice.get(base + "/self-assessment").json().at("/mine/4/etag").asString();
        assertThat(alice.send("PUT", base + "/self-assessment/POLICY", Map.of("score", 2, "why", "Un seul porteur"),
                Map.of("If-Match", rating)).status()).isEqualTo(200);

        HttpResponse<byte[]> french = report("?lang=fr", null);
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(french.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("Table%20Granby.pdf");
        // left in target/ for a person to look at
        java.nio.file.Files.write(java.nio.file.Path.of("target", "debrief-report-fr.pdf"), french.body());
        String fr = text(french.body());
        try (PDDocument document = Loader.loadPDF(french.body())) {
            // Letter, as the worksheet's printout: the paper of Québec's offices
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        assertThat(fr).contains("Débreffage : Table Granby",
                "Quelles sont les forces et les faiblesses actuelles de l'infrastructure de soutien en place?",
                "Risque de dépendance (un seul porteur) : Influencer les politiques",
                "90 000 CAD acquis + 10 000 CAD proposé",
                "le plus gros, Fondation Lucie, donne 90 %", "Herfindahl 0,82",
                "moy. 2, écart 0, une note", "○ une note, ◆ la moyenne", "(à faire, ✓ faites)",
                "Les politiques reposent sur la Ville seule.", "Réponse d'alice, le ",
                "Prochaines étapes par rôle et par année");
        assertThat(fr).contains(alice.get(base).json().get("talkingPoints").valueStream()
                .filter(p -> p.get("code").asString().equals("concentrated")).findFirst().orElseThrow()
                .get("textFr").asString().replace('\u202f', ' ').replace('\u00a0', ' '));

        String en = text(report("", "en-CA,en;q=0.9").body());
        assertThat(en).contains("Debrief: Table Granby",
                "What are the current strengths and weaknesses of the backbone infrastructure in place?",
                "Dependency risk (a single carrier): Advance policy",
                "90,000 CAD secured + 10,000 CAD proposed",
                "the largest, Fondation Lucie, gives 90 %", "Herfindahl index 0.82",
                "avg 2, spread 0, one rating", "○ a rating, ◆ the average",
                "Les politiques reposent sur la Ville seule.");
        assertThat(en).doesNotContain("Quelles sont les forces");
    }

    @Test
    void aReaderOutsideTheNetworkGetsNoReportAndAnUnreadableAcceptLanguageFallsBackToFrench() throws Exception {
        publish(1, SampleEvents.initiativeCreated("Table", Visibility.NETWORK));
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(base).status() == 200);
        token = tokens().token("dora", "another-" + network);
        assertThat(report("?lang=fr", null).statusCode()).isEqualTo(404);
        assertThat(DebriefReportController.language(null, "de-DE, en;q=0.5")).isEqualTo("en");
        assertThat(DebriefReportController.language(null, ";;;")).isEqualTo("fr");
    }

    @Test
    void aLanguageOtherThanFrenchOrEnglishIsRefusedInTheCallersLanguageAndNoneKeepsFrench() throws Exception {
        publish(1, SampleEvents.initiativeCreated("Table", Visibility.NETWORK));
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(base).status() == 200);

        HttpResponse<byte[]> french = report("?lang=zz", null);
        HttpResponse<byte[]> english = report("?lang=zz", "en-CA,en;q=0.9");
        for (HttpResponse<byte[]> refused : List.of(french, english)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(problem(refused).get("code").asString()).isEqualTo("invalid-input");
            assertThat(problem(refused).at("/errors/0/field").asString()).isEqualTo("lang");
            assertThat(problem(refused).at("/errors/0/code").asString()).isEqualTo("one-of");
        }
        assertThat(french.headers().firstValue("Content-Language")).contains("fr");
        assertThat(english.headers().firstValue("Content-Language")).contains("en");
        assertThat(problem(french).at("/errors/0/message").asString()).isEqualTo("doit être l’une de ces valeurs : fr, en");
        assertThat(problem(english).at("/errors/0/message").asString()).isEqualTo("must be one of fr, en");
        assertThat(report("?lang=EN", "en").statusCode()).isEqualTo(400);

        HttpResponse<byte[]> none = report("", null);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none.body())).contains("Débreffage : Table");
    }

    private static JsonNode problem(HttpResponse<byte[]> answer) {
        return JSON.readTree(answer.body());
    }
}
