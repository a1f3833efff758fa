package org.backboneplanner.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backboneplanner.gateway.EchoService;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway in front of four real HTTP servers standing in for the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingTest {

    private static final EchoService WORKSHEET = EchoService.start("worksheet");
    private static final EchoService PARTNER = EchoService.start("partner");
    private static final EchoService DEBRIEF = EchoService.start("debrief");
    private static final EchoService NOTIFICATION = EchoService.start("notification");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("backbone.services.worksheet", WORKSHEET::url);
        registry.add("backbone.services.partner", PARTNER::url);
        registry.add("backbone.services.debrief", DEBRIEF::url);
        registry.add("backbone.services.notification", NOTIFICATION::url);
        TestServers.registerTokens(registry);
    }

    @AfterAll
    static void stop() {
        WORKSHEET.close();
        PARTNER.close();
        DEBRIEF.close();
        NOTIFICATION.close();
    }

    private ApiClient client() {
        return new ApiClient("http://127.0.0.1:" + port, TestServers.tokens().token("alice", "monteregie"));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/networks/monteregie/initiatives, worksheet",
            "/api/networks/monteregie/initiatives/i1/worksheet/roles/POLICY/next-steps, worksheet",
            "/api/networks/monteregie/initiatives/i1/debrief, debrief",
            "/api/networks/monteregie/dashboard, debrief",
            "/api/networks/monteregie/partners, partner",
            "/api/networks/monteregie/partners/p1, partner",
            "/api/networks/monteregie/initiatives/i1/pooled-resources, partner",
            "/api/me/notification-preferences, notification",
            "/api/me/next-steps, worksheet"})
    void eachPublicPathReachesItsService(String path, String service) {
        Response response = client().get(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("service").asString()).isEqualTo(service);
        assertThat(response.json().get("path").asString()).isEqualTo(path);
    }

    @Test
    void eachServicesApiDescriptionIsGatheredUnderTheGateway() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port, null);

        Response worksheet = anonymous.get("/v3/api-docs/worksheet");
        Response partner = anonymous.get("/v3/api-docs/partner");

        assertThat(worksheet.json().get("service").asString()).isEqualTo("worksheet");
        assertThat(worksheet.json().get("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(partner.json().get("service").asString()).isEqualTo("partner");
    }

    @Test
    void swaggerUiRedirectsToItsPageWhichOffersEachServicesDescription() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port, null);

        Response entry = anonymous.get("/swagger-ui.html");

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.header("Location")).isEqualTo("/swagger-ui/index.html");
        Response page = anonymous.get(entry.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        Response config = anonymous.get("/v3/api-docs/gateway/swagger-config");
        assertThat(config.json().get("urls").valueStream().map(u -> u.get("url").asString())).containsExactlyInAnyOrder(
                "/v3/api-docs/worksheet", "/v3/api-docs/partner", "/v3/api-docs/debrief", "/v3/api-docs/notification",
                "/v3/api-docs/gateway");
    }

    @Test
    void withoutATokenTheGatewayAnswers401ItselfAndForwardsNothing() {
        int before = WORKSHEET.requestCount();
        Response response = new ApiClient("http://127.0.0.1:" + port, null).get("/api/networks/monteregie/initiatives");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(WORKSHEET.requestCount()).isEqualTo(before);
    }

    @Test
    void aForgedTokenIs401AtTheGateway() {
        String forged = TestServers.tokens().of("alice").networks(java.util.List.of("monteregie")).forged().sign();
        assertThat(new ApiClient("http://127.0.0.1:" + port, forged).get("/api/networks/monteregie/initiatives").status())
                .isEqualTo(401);
    }

    @Test
    void identityHeadersFromTheClientAreNeverForwardedButTheTokenIs() {
        client().send("GET", "/api/networks/monteregie/initiatives", null, Map.of(
                "X-User-Id", "admin", "X-Member-Networks", "estrie", "X-Forwarded-User", "carol",
                "X-Auth-Request-Email", "carol@example.org", "Accept-Language", "fr"));

        assertThat(WORKSHEET.lastHeader("X-User-Id")).isNull();
        assertThat(WORKSHEET.lastHeader("X-Member-Networks")).isNull();
        assertThat(WORKSHEET.lastHeader("X-Forwarded-User")).isNull();
        assertThat(WORKSHEET.lastHeader("X-Auth-Request-Email")).isNull();
        assertThat(WORKSHEET.lastHeader("Authorization")).startsWith("Bearer ");
        assertThat(WORKSHEET.lastHeader("Accept-Language")).isEqualTo("fr");
    }

    @Test
    void everyRequestGetsACorrelationIdPassedDownAndReturned() {
        Response response = client().get("/api/networks/monteregie/initiatives");

        String id = response.header("X-Correlation-Id");
        assertThat(id).isNotBlank();
        assertThat(WORKSHEET.lastHeader("X-Correlation-Id")).isEqualTo(id);

        Response given = client().send("GET", "/api/networks/monteregie/initiatives", null,
                Map.of("X-Correlation-Id", "meeting-2026-11-24"));
        assertThat(given.header("X-Correlation-Id")).isEqualTo("meeting-2026-11-24");
        assertThat(WORKSHEET.lastHeader("X-Correlation-Id")).isEqualTo("meeting-2026-11-24");
    }
}
