package org.backboneplanner.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ApiDocumentRules;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** debrief-service's API document, as integrators read it. */
class OpenApiTest extends ServiceIntegrationTest {

    private JsonNode docs;

    @BeforeEach
    void read() {
        Response answer = api(null).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        docs = answer.json();
    }

    @Test
    void everyOperationSaysWhatItDoesAndDocumentsItsProblems() {
        assertThat(ApiDocumentRules.problems(docs)).isEmpty();
    }

    @Test
    void anAnswerNamesItsQuestionsAndIsAConditionalWrite() {
        JsonNode answer = docs.at("/paths/~1api~1networks~1{networkId}~1initiatives~1{initiativeId}~1debrief~1answers"
                + "~1{question}/put");
        JsonNode question = answer.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("question")).findFirst().orElseThrow();
        assertThat(question.at("/schema/enum").valueStream().map(JsonNode::asString))
                .containsExactly("STRENGTHS_AND_WEAKNESSES", "POOLED_RESOURCES", "WHAT_COMES_NEXT");
        assertThat(answer.get("responses").propertyNames()).contains("403", "412", "428");
        assertThat(docs.at("/components/schemas").propertyNames()).contains("DashboardRow").doesNotContain("Row");
    }
}
