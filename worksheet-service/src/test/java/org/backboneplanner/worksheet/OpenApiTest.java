package org.backboneplanner.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ApiDocumentRules;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class OpenApiTest extends ServiceIntegrationTest {

    private static final String BASE = "/api/networks/{networkId}/initiatives";
    private static final String INITIATIVE = BASE + "/{initiativeId}";
    private static final String ROLE = INITIATIVE + "/worksheet/roles/{roleKey}";

    private JsonNode docs;

    @BeforeEach
    void read() {
        Response answer = api(null).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        docs = answer.json();
    }

    @Test
    void theServiceDescribesItsApiWithoutTheMemberAsAParameter() {
        JsonNode paths = docs.get("paths");
        assertThat(paths.has(BASE)).isTrue();
        assertThat(paths.has(ROLE)).isTrue();
        assertThat(paths.has(INITIATIVE + "/worksheet/export")).isTrue();
        JsonNode list = paths.get(BASE).get("get");
        assertThat(list.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("networkId", "page", "size", "Accept-Language");
        assertThat(docs.get("servers").get(0).get("url").asString()).isEqualTo("/");
    }

    @Test
    void everyOperationSaysWhatItDoesAndDocumentsItsProblems() {
        assertThat(ApiDocumentRules.problems(docs)).isEmpty();
        assertThat(docs.at("/info/license/identifier").asString()).isNotBlank();
    }

    @Test
    void aRoleChangeDocumentsItsConditionalWriteAndTheProblemsOfOne() {
        JsonNode change = docs.at("/paths/" + pointer(ROLE) + "/patch");

        assertThat(change.get("responses").propertyNames())
                .contains("200", "400", "401", "403", "404", "409", "412", "413", "428");
        assertThat(change.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
        JsonNode ifMatch = change.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("If-Match")).findFirst().orElseThrow();
        assertThat(ifMatch.get("required").asBoolean()).isTrue();
        JsonNode stale = docs.at("/components/responses/PreconditionFailed");
        assertThat(stale.at("/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(docs.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors", "current");
    }

    @Test
    void pathKeysListTheirValuesAndBodiesTheirConstraints() {
        JsonNode roleKey = docs.at("/paths/" + pointer(ROLE) + "/get/parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("roleKey")).findFirst().orElseThrow();
        assertThat(roleKey.at("/schema/enum").valueStream().map(JsonNode::asString))
                .containsExactly("VISION_STRATEGY", "SHARED_MEASUREMENT", "ALIGNED_ACTIVITIES", "COMMUNITY_ENGAGEMENT",
                        "POLICY", "RESOURCES");
        JsonNode input = docs.at("/components/schemas/InitiativeFields/properties");
        assertThat(input.at("/name/maxLength").asInt()).isEqualTo(200);
        assertThat(input.at("/languages/items/enum").valueStream().map(JsonNode::asString))
                .containsExactly("fr", "en");
        assertThat(input.at("/languages/items/pattern").isMissingNode()).isTrue();
    }

    @Test
    void listsShowTheirPageShapeAndCreationsTheir201() {
        JsonNode members = docs.at("/paths/" + pointer(INITIATIVE + "/members") + "/get/responses/200/content/"
                + "application~1json/schema/$ref");
        assertThat(members.asString()).isEqualTo("#/components/schemas/PagedMemberView");
        assertThat(docs.at("/components/schemas/PagedMemberView/properties").propertyNames())
                .containsExactlyInAnyOrder("items", "page", "size", "total");
        JsonNode open = docs.at("/paths/" + pointer(BASE) + "/post/responses");
        assertThat(open.has("201")).isTrue();
        assertThat(open.at("/201/headers/Location").isMissingNode()).isFalse();
        JsonNode history = docs.at("/components/schemas/HistoryEntry/properties");
        assertThat(history.propertyNames()).contains("id", "type", "actorName", "occurredAt", "before", "after");
    }

    @Test
    void filesAndStreamsSayWhatTheyAnswer() {
        JsonNode export = docs.at("/paths/" + pointer(INITIATIVE + "/worksheet/export") + "/get/responses/200/content");
        assertThat(export.propertyNames()).containsExactlyInAnyOrder("application/pdf", "text/csv");
        JsonNode live = docs.at("/paths/" + pointer(INITIATIVE + "/worksheet/live") + "/get/responses");
        assertThat(live.at("/200/content").propertyNames()).containsExactly("text/event-stream");
        assertThat(live.has("429")).isTrue();
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
