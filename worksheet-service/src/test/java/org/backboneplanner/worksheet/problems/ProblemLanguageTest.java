package org.backboneplanner.worksheet.problems;

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
 * Problems speak the caller's language (issue 11): French when the request asks for none or for one we do
 * not speak, English on {@code Accept-Language: en}; the codes are the same in both, and a rule checked in
 * the domain names the input's field (endYear), not the method that checks it.
 */
class ProblemLanguageTest extends ServiceIntegrationTest {

    private String initiatives;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        initiatives = "/api/networks/" + network + "/initiatives";
        alice = api(tokens().token("alice", network));
    }

    private Response blankNameAndUnknownLanguage(ApiClient as) {
        return as.post(initiatives, Map.of("name", "   ", "languages", List.of("de")));
    }

    private static List<String> codes(Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ":"
                + e.get("code").asString()).sorted().toList();
    }

    @Test
    void invalidInputIsFrenchByDefaultAndEnglishOnRequestWithTheSameCodes() {
        Response french = blankNameAndUnknownLanguage(alice.inLanguage(null));
        Response english = blankNameAndUnknownLanguage(alice.inLanguage("en"));

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().get("code").asString()).isEqualTo("invalid-input");
        assertThat(french.json().get("title").asString()).isEqualTo("Saisie invalide");
        assertThat(french.json().get("detail").asString()).startsWith("2 champs sont invalides");
        assertThat(french.body()).contains("ne doit pas être vide", "doit être l’une de ces valeurs : fr, en");

        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(english.body()).contains("must not be blank", "must be one of fr, en");
        assertThat(codes(english)).isEqualTo(codes(french)).containsExactly("languages[0]:one-of", "name:not-blank");
    }

    @Test
    void aRuleOfTheDomainNamesTheInputFieldWithItsCodeInEitherLanguage() {
        Map<String, Object> oneYear = Map.of("name", "Table", "startYear", 2027, "endYear", 2027);

        Response french = alice.inLanguage("de-CH, fr;q=0.5").post(initiatives, oneYear);
        Response english = alice.inLanguage("en-CA,en;q=0.9,fr;q=0.8").post(initiatives, oneYear);

        assertThat(codes(french)).isEqualTo(codes(english)).containsExactly("endYear:horizon");
        assertThat(french.json().get("errors").get(0).get("message").asString()).contains("au moins deux ans");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("at least two years");
    }

    @Test
    void aQueryParameterIsNamedAsTheRequestNamesItNotAfterTheControllersMethod() {
        Response answer = alice.inLanguage(null).get(initiatives + "/any/worksheet/export?format=xls");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(codes(answer)).containsExactly("format:one-of");
        assertThat(answer.json().get("errors").get(0).get("message").asString())
                .isEqualTo("doit être l’une de ces valeurs : pdf, csv");
    }

    @Test
    void notFoundIsTranslatedToo() {
        String nowhere = initiatives + "/no-such-initiative";

        Response french = alice.inLanguage("it").get(nowhere);
        Response english = alice.inLanguage("en").get(nowhere);

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.json().get("code").asString()).isEqualTo("not-found");
        assertThat(english.json().get("code").asString()).isEqualTo("not-found");
        assertThat(french.json().get("title").asString()).isEqualTo("Introuvable");
        assertThat(french.json().get("detail").asString()).isEqualTo("Aucune initiative no-such-initiative dans ce réseau.");
        assertThat(english.json().get("detail").asString()).isEqualTo("No initiative no-such-initiative in this network.");
    }

    @Test
    void theFrenchAndEnglishProblemsHaveTheSameKeysAndNoEmptySentence() {
        ProblemBundleRules.assertSound("problems");
    }
}
