package org.backboneplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ApiDocumentRules;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** partner-service's API document, as integrators read it. */
class OpenApiTest extends ServiceIntegrationTest {

    private static final String PARTNERS = "~1api~1networks~1{networkId}~1partners";

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
    void administratorsOnlyOperationsSaySo() {
        assertThat(docs.at("/paths/" + PARTNERS + "~1{partnerId}~1archived/put/responses/403/description").asString())
                .contains("administrators");
        JsonNode importing = docs.at("/paths/" + PARTNERS + "~1import/post");
        assertThat(importing.at("/responses/403/description").asString()).contains("administrators");
        assertThat(importing.at("/requestBody/content").propertyNames()).contains("text/csv");
        assertThat(importing.at("/responses/200/content/application~1json/schema/$ref").asString()).endsWith("/Imported");
        assertThat(docs.at("/components/schemas/FieldProblem/properties").propertyNames()).contains("line");
    }

    @Test
    void searchDescribesItsParametersAndAnswersAPage() {
        JsonNode search = docs.at("/paths/" + PARTNERS + "/get");
        JsonNode sort = search.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("sort")).findFirst().orElseThrow();
        assertThat(sort.at("/schema/enum").valueStream().map(JsonNode::asString))
                .containsExactly("relevance", "name", "createdAt", "kind");
        assertThat(search.get("parameters").valueStream().allMatch(p -> p.has("description"))).isTrue();
        assertThat(search.at("/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/PagedPartnerView");
        assertThat(docs.at("/paths/" + PARTNERS + "/post/responses").has("201")).isTrue();
    }
}
