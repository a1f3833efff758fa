package org.backboneplanner.gateway.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ApiDocumentRules;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeApiTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestServers.registerTokens(registry);
    }

    @Test
    void meAnswersTheMemberAndTheirNetworksWithTheirRoleInEach() {
        String token = TestServers.tokens().of("u-carol").name("Carol Roy").email("carol@estrie.example").locale("fr")
                .networks(List.of("estrie", "monteregie")).adminOf(List.of("estrie")).sign();

        Response me = new ApiClient("http://127.0.0.1:" + port, token).get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.get("id").asString()).isEqualTo("u-carol");
        assertThat(body.get("name").asString()).isEqualTo("Carol Roy");
        assertThat(body.get("email").asString()).isEqualTo("carol@estrie.example");
        assertThat(body.get("locale").asString()).isEqualTo("fr");
        assertThat(body.get("networks").valueStream().map(n -> n.get("id").asString() + ":" + n.get("role").asString()))
                .containsExactlyInAnyOrder("estrie:ADMIN", "monteregie:MEMBER");
        assertThat(body.get("networks").get(0).get("name").asString()).isEqualTo("Réseau estrie");
        assertThat(body.get("networks").get(0).get("organizationId").asString()).isEqualTo("org-estrie");
    }

    @Test
    void meIsDescribedForIntegrators() {
        JsonNode docs = new ApiClient("http://127.0.0.1:" + port, null).get("/v3/api-docs/gateway").json();

        assertThat(ApiDocumentRules.problems(docs)).isEmpty();
        assertThat(docs.at("/paths/~1api~1me/get/summary").asString()).isNotBlank();
        assertThat(docs.at("/components/schemas/Network/properties/role/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("MEMBER", "ADMIN");
    }

    @Test
    void meWithoutLoginIs401ForScriptsNotARedirect() {
        Response me = new ApiClient("http://127.0.0.1:" + port, null).get("/api/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPageWithoutLoginRedirectsToKeycloakWithPkce() {
        Response page = new ApiClient("http://127.0.0.1:" + port, null).get("/oauth2/authorization/keycloak");

        assertThat(page.status()).isEqualTo(302);
        String location = page.header("Location");
        assertThat(location).startsWith("http://localhost:8180/realms/backbone/protocol/openid-connect/auth")
                .contains("client_id=gateway").contains("code_challenge_method=S256").contains("organization");
    }

    @Test
    void aBrowserWriteWithoutTheCsrfTokenIsRefused() {
        Response write = new ApiClient("http://127.0.0.1:" + port, null).send("POST", "/logout", null,
                java.util.Map.of("Cookie", "SESSION=x"));

        assertThat(write.status()).isEqualTo(403);
    }
}
