package org.backboneplanner.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report prints names and answers in any script the embedded DejaVu Sans covers (Polish letters, arrows, math
 * signs), replaces what it lacks (CJK) with U+FFFD instead of failing, and still wraps such text within the margins.
 */
class DebriefReportFontTest extends ServiceIntegrationTest {

    private static final String MIXED = "Élu·e Łódź → ß ∑ 東京";
    /** Letter's width less the report's 50-point margin, plus a point for rounding. */
    private static final float RIGHT_EDGE = 612f - 50 + 1;

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    @Test
    void namesAndAnswersOutsideWinAnsiPrintAndWrapInFrenchAndInEnglish() throws Exception {
        String network = newNetwork();
        String initiative = UUID.randomUUID().toString();
        String base = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        String token = tokens().token("alice", network);
        ApiClient alice = api(token);
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                SampleEvents.initiativeCreated("Table " + MIXED, Visibility.NETWORK)));
        PooledResourceDetails details = new PooledResourceDetails(UUID.randomUUID().toString(), initiative, "p1",
                "Fondation " + MIXED, ResourceKind.FUNDING, "Fonds", new BigDecimal("5000"), "CAD", null, null,
                List.of(BackboneRole.POLICY, BackboneRole.RESOURCES), ResourceStatus.COMMITTED);
        publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, details.resourceId(), 1, Instant.now(),
                SampleEvents.ALICE, new ResourcePooled(details)));
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(base).status() == 200
                && alice.get(base).json().at("/analytics/pooling/concentration/0/contributors").asInt() == 1);
        String etag = alice.get(base).json().at("/answers/0/etag").asString();
        // long enough to need several lines: the wrapping must measure these glyphs with the embedded font
        String answer = "Réponse : " + (MIXED + " ").repeat(25).strip();
        assertThat(alice.send("PUT", base + "/answers/STRENGTHS_AND_WEAKNESSES", Map.of("answer", answer),
                Map.of("If-Match", etag)).status()).isEqualTo(200);

        for (String language : List.of("fr", "en")) {
            HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + base + "/report.pdf?lang=" + language))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(report.statusCode()).isEqualTo(200);
            // left in target/ for a person to look at
            Files.write(Path.of("target", "debrief-report-font-" + language + ".pdf"), report.body());
            Glyphs glyphs = new Glyphs();
            String text;
            try (PDDocument document = Loader.loadPDF(report.body())) {
                text = glyphs.getText(document);
            }
            assertThat(text).contains("Table Élu·e Łódź → ß ∑", "Fondation Élu·e Łódź → ß ∑", "Réponse : Élu·e Łódź → ß ∑")
                    .contains("Élu·e", "Łódź", "→", "∑", "\uFFFD").doesNotContain("東");
            assertThat(text.lines().filter(line -> line.contains("Łódź") && !line.contains("Table")
                    && !line.contains("Fondation"))).as("the long answer wraps").hasSizeGreaterThan(3);
            assertThat(glyphs.rightmost).as("no text beyond the right margin").isLessThanOrEqualTo(RIGHT_EDGE);
        }
    }

    /** Text extraction that also notes where the rightmost glyph ends. */
    private static final class Glyphs extends PDFTextStripper {
        float rightmost;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition glyph : positions) {
                rightmost = Math.max(rightmost, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}
