package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The demo users of the realm, with real Keycloak tokens, through the gateway and at the services
 * themselves: each service checks a token on its own, as if the gateway were not there.
 */
class KeycloakSsoTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    private ApiClient as(String user) {
        return new ApiClient(system.gatewayUrl(), system.token(user));
    }

    @Test
    void aliceCreatesBobReadsCarolCannotSeeIt() {
        Response created = as("alice").post("/api/networks/monteregie/initiatives", Map.of("name", "Table jeunesse"));
        assertThat(created.status()).isEqualTo(201);
        String path = "/api/networks/monteregie/initiatives/" + created.json().get("id").asString();

        assertThat(as("bob").get(path).status()).isEqualTo(200);
        assertThat(as("bob").get(path + "/worksheet").json().get("roles").size()).isEqualTo(6);

        ApiClient carol = as("carol");
        assertThat(carol.get(path).status()).isEqualTo(404);
        assertThat(carol.get(path + "/worksheet").status()).isEqualTo(404);
        assertThat(carol.get("/api/networks/monteregie/initiatives").status()).isEqualTo(404);
        assertThat(carol.get("/api/networks/estrie/initiatives").status()).isEqualTo(200);
    }

    @Test
    void bobsTokenListsBothNetworksAndCarolAdministersEstrieOnly() {
        JsonNode bob = as("bob").get("/api/me").json();
        assertThat(bob.get("username").asString()).isEqualTo("bob");
        assertThat(bob.get("email").asString()).isEqualTo("bob@partenaires.example");
        assertThat(bob.get("locale").asString()).isEqualTo("en");
        assertThat(bob.get("networks").valueStream().map(n -> n.get("id").asString()))
                .containsExactlyInAnyOrder("monteregie", "estrie");
        assertThat(bob.get("networks").valueStream().map(n -> n.get("name").asString()))
                .containsExactlyInAnyOrder("Réseau Montérégie", "Réseau Estrie");

        JsonNode carol = as("carol").get("/api/me").json();
        assertThat(carol.get("networks").valueStream().map(n -> n.get("id").asString() + ":" + n.get("role").asString()))
                .containsExactly("estrie:ADMIN");
        JsonNode alice = as("alice").get("/api/me").json();
        assertThat(alice.get("networks").valueStream().map(n -> n.get("id").asString() + ":" + n.get("role").asString()))
                .containsExactly("monteregie:MEMBER");
    }

    private ApiClient atService(String service, String token) {
        return new ApiClient(system.serviceUrl(service), token);
    }

    @Test
    void aTamperedTokenIs401AtTheGatewayAndAtTheService() {
        String[] parts = system.token("carol").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"estrie\"", "\"monteregie\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(new ApiClient(system.gatewayUrl(), tampered).get("/api/networks/monteregie/initiatives").status())
                .isEqualTo(401);
        // straight to each service, past the gateway: the service refuses it too
        assertThat(atService("worksheet", tampered).get("/api/networks/monteregie/initiatives").status()).isEqualTo(401);
        assertThat(atService("partner", tampered).get("/api/networks/monteregie/partners").status()).isEqualTo(401);
        assertThat(atService("debrief", tampered).get("/api/networks/monteregie/dashboard").status()).isEqualTo(401);
        assertThat(atService("notification", tampered).get("/api/me/notification-preferences").status()).isEqualTo(401);
    }

    @Test
    void eachServiceTakesARealKeycloakTokenAndAppliesItsNetworksItself() {
        Response created = as("alice").post("/api/networks/monteregie/initiatives", Map.of("name", "Table directe"));
        String path = "/api/networks/monteregie/initiatives/" + created.json().get("id").asString();
        String bob = system.token("bob");
        String carol = system.token("carol");

        assertThat(atService("worksheet", bob).get(path).status()).isEqualTo(200);
        assertThat(atService("worksheet", carol).get(path).status()).isEqualTo(404);
        assertThat(atService("partner", bob).get("/api/networks/estrie/partners").status()).isEqualTo(200);
        assertThat(atService("partner", carol).get("/api/networks/monteregie/partners").status()).isEqualTo(404);
        assertThat(atService("debrief", carol).get("/api/networks/estrie/dashboard").status()).isEqualTo(200);
        assertThat(atService("debrief", carol).get("/api/networks/monteregie/dashboard").status()).isEqualTo(404);
        assertThat(atService("notification", bob).get("/api/me/notification-preferences").json().get("language")
                .asString()).isEqualTo("en");
        assertThat(atService("worksheet", null).get(path).status()).isEqualTo(401);
    }

    @Test
    void aForeignOrUnsignedTokenIs401AtTheServiceToo() {
        try (TestTokens foreign = new TestTokens()) {
            String forged = foreign.of("carol").issuer(system.keycloakIssuer()).networks(List.of("monteregie")).sign();
            String unsigned = foreign.of("carol").issuer(system.keycloakIssuer()).networks(List.of("monteregie")).unsigned();

            for (String service : List.of("worksheet", "partner")) {
                String path = service.equals("worksheet") ? "/api/networks/monteregie/initiatives"
                        : "/api/networks/monteregie/partners";
                assertThat(atService(service, forged).get(path).status()).as(service).isEqualTo(401);
                assertThat(atService(service, unsigned).get(path).status()).as(service).isEqualTo(401);
            }
        }
    }

    @Test
    void aTokenSignedByAnotherKeyOrUnsignedIs401() {
        try (TestTokens foreign = new TestTokens()) {
            String forged = foreign.of("carol").issuer(system.keycloakIssuer()).networks(List.of("monteregie")).sign();
            String unsigned = foreign.of("carol").issuer(system.keycloakIssuer()).networks(List.of("monteregie")).unsigned();

            assertThat(new ApiClient(system.gatewayUrl(), forged).get("/api/networks/monteregie/initiatives").status())
                    .isEqualTo(401);
            assertThat(new ApiClient(system.gatewayUrl(), unsigned).get("/api/networks/monteregie/initiatives").status())
                    .isEqualTo(401);
        }
    }
}
