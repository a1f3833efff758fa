package org.backboneplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ApiDocumentRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** notification-service's API document, as integrators read it. */
class OpenApiTest extends NotificationTest {

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
    void theUnsubscribeLinkNeedsNoTokenAndTheMailLogIsForAdministrators() {
        JsonNode unsubscribe = docs.at("/paths/~1api~1unsubscribe/post");
        assertThat(unsubscribe.get("security").isEmpty()).isTrue();
        assertThat(unsubscribe.get("responses").propertyNames()).containsExactly("200", "404");
        JsonNode log = docs.at("/paths/~1api~1networks~1{networkId}~1mail-log/get/responses");
        assertThat(log.at("/403/description").asString()).contains("administrators");
        JsonNode language = docs.at("/components/schemas/PreferencesView/properties/language");
        assertThat(language.get("enum").valueStream().map(JsonNode::asString)).containsExactly("fr", "en");
    }
}
