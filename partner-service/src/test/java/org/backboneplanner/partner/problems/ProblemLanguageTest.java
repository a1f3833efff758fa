package org.backboneplanner.partner.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ProblemBundleRules;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * partner-service's problems speak the caller's language (issue 11), the partner import's included: French
 * by default, English on {@code Accept-Language: en}, with the same codes.
 */
class ProblemLanguageTest extends ServiceIntegrationTest {

    private static final String HEADER = "name,kind,website,sectors,territory,influential,notes,"
            + "contact_name,contact_role,contact_email,contact_phone,contact_language\r\n";

    private String partners;
    private ApiClient carol;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        partners = "/api/networks/" + network + "/partners";
        carol = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
    }

    private static List<String> codes(Response response) {
        return response.json().get("errors").valueStream().map(e -> e.path("line").asInt(0) + ":"
                + e.get("field").asString("") + ":" + e.get("code").asString()).sorted().toList();
    }

    @Test
    void anInvalidPartnerIsAnsweredInFrenchByDefaultAndInEnglishOnRequest() {
        Map<String, Object> partner = Map.of("name", "Cégep", "kind", "SCHOOL", "website", "ftp://cegep.example");

        Response french = carol.inLanguage(null).post(partners, partner);
        Response english = carol.inLanguage("en").post(partners, partner);

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("code").asString()).isEqualTo("invalid-input");
        assertThat(french.json().get("errors").get(0).get("message").asString()).startsWith("valeur invalide « SCHOOL »");
        assertThat(english.json().get("errors").get(0).get("message").asString()).startsWith("invalid value 'SCHOOL'");
        assertThat(codes(french)).isEqualTo(codes(english)).containsExactly("0:kind:one-of");
    }

    @Test
    void aRefusedImportListsEachLineInTheCallersLanguageWithTheSameCodes() {
        String csv = HEADER + "Cégep,SCHOOL_BOARD,ftp://cegep,,,peut-être,,,,,,\r\n,OTHER,,,,,,,,,,\r\n";

        Response french = carol.inLanguage(null).send("POST", partners + "/import", csv, Map.of("Content-Type", "text/csv"));
        Response english = carol.inLanguage("en").send("POST", partners + "/import", csv, Map.of("Content-Type", "text/csv"));

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().get("code").asString()).isEqualTo("import-refused");
        assertThat(french.json().get("title").asString()).isEqualTo("Importation refusée");
        assertThat(french.json().get("detail").asString()).isEqualTo("3 problèmes dans le fichier ; rien n’a été importé.");
        assertThat(english.json().get("title").asString()).isEqualTo("Import refused");
        assertThat(english.json().get("detail").asString()).startsWith("3 problem(s) in the file");
        assertThat(french.body()).contains("doit être une adresse http(s)", "un partenaire doit avoir un nom");
        assertThat(english.body()).contains("must be an http(s) address", "a partner needs a name");
        assertThat(codes(french)).isEqualTo(codes(english))
                .containsExactly("2:influential:one-of", "2:website:http-address", "3:name:required");
    }

    @Test
    void theFrenchAndEnglishProblemsHaveTheSameKeysAndNoEmptySentence() {
        ProblemBundleRules.assertSound("problems");
    }
}
