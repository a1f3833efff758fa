package org.backboneplanner.worksheet.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worksheet printed like the seed's table, and its next steps for a spreadsheet. */
class ExportTest extends ServiceIntegrationTest {

    private String token;
    private String initiative;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        token = tokens().of("alice").networks(List.of(network)).networkName(network, "Réseau Montérégie")
                .name("Alice Tremblay").email("alice@example.org").sign();
        ApiClient alice = api(token);
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Petite enfance"))
                .header("Location");
        String row = initiative + "/worksheet/roles/SHARED_MEASUREMENT";
        alice.patch(row, Map.of("carriers", List.of(Map.of("kind", "TO_FIND", "name", "Analyste de données")),
                "strengths", List.of("Données du CISSS"), "weaknesses", List.of("Aucun outil commun")),
                Map.of("If-Match", alice.get(row).header("ETag")));
        alice.post(row + "/next-steps", Map.of("title", "Choisir trois indicateurs, \"communs\"", "owner", Map.of(),
                "dueDate", LocalDate.of(2027, 3, 31).toString(), "horizon", "MEDIUM"));
    }

    private HttpResponse<byte[]> export(String query) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + initiative
                + "/worksheet/export?" + query)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theFrenchPdfHasTheSeedsTableStep2AndTheDebriefQuestions() throws Exception {
        HttpResponse<byte[]> pdf = export("format=pdf&lang=fr");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        String text = text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Planifier votre infrastructure de soutien — Petite enfance")
                .contains("Qui peut jouer ce rôle?").contains("Forces actuelles").contains("Faiblesses actuelles")
                .contains("Prochaines étapes").contains("Établir un système d'évaluation commun")
                .contains("Analyste de données (à trouver)").contains("Données du CISSS")
                .contains("Choisir trois indicateurs").contains("Étape 2")
                .contains("Comment planifions-nous la suite de notre initiative?");
    }

    @Test
    void theEnglishPdfUsesEnglishLabels() throws Exception {
        String text = text(export("format=pdf&lang=en").body()).replaceAll("\\s+", " ");

        assertThat(text).contains("Plan your backbone infrastructure").contains("Who can play this role?")
                .contains("Establish shared measurement").contains("How are we planning what comes next");
    }

    @Test
    void theCsvListsTheNextStepsForASpreadsheet() throws Exception {
        HttpResponse<byte[]> csv = export("format=csv&lang=fr");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("Rôle,Prochaine étape,Description,Responsable,Courriel du responsable,"
                + "Échéance,Horizon,Statut,Terminée le,Initiative,Réseau");
        assertThat(lines[1]).isEqualTo("Établir un système d'évaluation commun,\"Choisir trois indicateurs, "
                + "\"\"communs\"\"\",,Alice Tremblay,alice@example.org,2027-03-31,Moyen terme (1 à 3 ans),À faire,,"
                + "Petite enfance,Réseau Montérégie");
    }

    @Test
    void anUnknownFormatOrLanguageIs400() throws Exception {
        assertThat(export("format=docx").statusCode()).isEqualTo(400);
        assertThat(export("format=pdf&lang=de").statusCode()).isEqualTo(400);
    }
}
