package org.backboneplanner.debrief.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ProblemBundleRules;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** debrief-service's problems speak the caller's language (issue 11), with the same codes in both. */
class ProblemLanguageTest extends ServiceIntegrationTest {

    private String debrief;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        debrief = "/api/networks/" + network + "/initiatives/" + UUID.randomUUID() + "/debrief";
        alice = api(tokens().token("alice", network));
    }

    private Response tooLongAnswer(ApiClient as) {
        return as.send("PUT", debrief + "/answers/POOLED_RESOURCES", Map.of("answer", "x".repeat(8001)),
                Map.of("If-Match", "\"0\""));
    }

    @Test
    void anAnswerTooLongIsRefusedInFrenchByDefaultAndInEnglishOnRequest() {
        Response french = tooLongAnswer(alice.inLanguage(null));
        Response english = tooLongAnswer(alice.inLanguage("en-GB"));

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("code").asString()).isEqualTo("invalid-input");
        assertThat(french.json().get("errors").get(0).get("message").asString()).isEqualTo("8000 caractères au plus");
        assertThat(english.json().get("errors").get(0).get("message").asString()).isEqualTo("at most 8000 characters");
        for (Response answer : new Response[] {french, english}) {
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");
            assertThat(answer.json().get("errors").get(0).get("code").asString()).isEqualTo("size");
        }
    }

    @Test
    void anUnknownInitiativeIsNotFoundInEitherLanguage() {
        Response french = alice.inLanguage(null).get(debrief);
        Response english = alice.inLanguage("en").get(debrief);

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.json().get("code").asString()).isEqualTo(english.json().get("code").asString())
                .isEqualTo("not-found");
        assertThat(french.json().get("detail").asString()).startsWith("Aucune initiative");
        assertThat(english.json().get("detail").asString()).startsWith("No initiative");
    }

    @Test
    void theFrenchAndEnglishProblemsHaveTheSameKeysAndNoEmptySentence() {
        ProblemBundleRules.assertSound("problems");
    }
}
