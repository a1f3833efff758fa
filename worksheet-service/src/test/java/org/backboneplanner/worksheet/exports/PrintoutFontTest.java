package org.backboneplanner.worksheet.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Any text prints: letters beyond Windows-1252 ("Łódź", "→", "∑", the emoticons DejaVu Sans has) print as they are
 * in the embedded font, and a character it lacks (CJK) is replaced, never a 500.
 */
class PrintoutFontTest extends ServiceIntegrationTest {

    private static final String MIXED = "Łódź → ß ∑ 東京 😀";

    @Test
    void aWorksheetInAnyScriptPrintsAndKeepsTheLettersItsFontHas() throws Exception {
        String network = newNetwork();
        String token = tokens().of("alice").networks(List.of(network)).networkName(network, "Réseau Kraków → Łódź")
                .name("Alice").email("alice@example.org").sign();
        ApiClient alice = api(token);
        String initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table " + MIXED,
                "maturity", "EMERGING", "startYear", 2026, "endYear", 2030)).header("Location");
        String row = initiative + "/worksheet/roles/POLICY";
        alice.patch(row, Map.of("strengths", List.of("Force " + MIXED), "weaknesses", List.of("Żółw ∞ ≠ 中文")),
                Map.of("If-Match", alice.get(row).header("ETag")));

        for (String lang : List.of("fr", "en")) {
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + initiative + "/worksheet/export?format=pdf&lang=" + lang))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(pdf.statusCode()).as(lang).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Table Łódź → ß ∑").contains("Force Łódź → ß ∑").contains("Żółw ∞ ≠")
                        .contains("Réseau Kraków → Łódź").contains("😀")
                        // DejaVu Sans has no CJK: each such character is printed as the replacement sign
                        .doesNotContain("東京").contains("\uFFFD\uFFFD");
            }
        }
    }
}
