package org.backboneplanner.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class OpenApiTest extends ServiceIntegrationTest {

    @Test
    void theServiceDescribesItsApiWithoutTheMemberAsAParameter() {
        Response docs = api(null).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/networks/{networkId}/initiatives")).isTrue();
        assertThat(paths.has("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/roles/{roleKey}")).isTrue();
        assertThat(paths.has("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/export")).isTrue();
        JsonNode list = paths.get("/api/networks/{networkId}/initiatives").get("get");
        assertThat(list.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("networkId", "page", "size");
        assertThat(docs.json().get("servers").get(0).get("url").asString()).isEqualTo("/");
    }
}
