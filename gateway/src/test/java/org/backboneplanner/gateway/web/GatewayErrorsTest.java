package org.backboneplanner.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.backboneplanner.gateway.EchoService;
import org.backboneplanner.support.problem.ProblemMessages;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ProblemBundleRules;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself is problem+json (issue 9, defect 8 and the gateway's bounds):
 * unknown paths, wrong methods, bodies over the limit (declared or chunked, refused before a service
 * sees them), a service down or too slow, an unexpected failure, a URL or headers too long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s")
class GatewayErrorsTest {

    private static final EchoService WORKSHEET = EchoService.start("worksheet");
    private static final EchoService PARTNER = EchoService.start("partner");
    private static final EchoService NOTIFICATION = EchoService.start("notification");
    private static final int KB = 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("backbone.services.worksheet", WORKSHEET::url);
        registry.add("backbone.services.partner", PARTNER::url);
        registry.add("backbone.services.notification", NOTIFICATION::url);
        registry.add("backbone.services.debrief", () -> "http://127.0.0.1:" + closedPort());
        TestServers.registerTokens(registry);
    }

    @AfterAll
    static void stop() {
        WORKSHEET.close();
        PARTNER.close();
        NOTIFICATION.close();
    }

    /** A route of this test only, failing as a bug would. */
    @TestConfiguration
    static class Failing {
        @Bean
        RouterFunction<ServerResponse> failing() {
            return RouterFunctions.route(RequestPredicates.GET("/api/test/failure"),
                    request -> Mono.error(new IllegalStateException("secret internals")));
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token() {
        return TestServers.tokens().token("alice", "monteregie");
    }

    private ApiClient alice() {
        return new ApiClient("http://127.0.0.1:" + port, token());
    }

    private static void assertProblem(int status, int expected, String contentType, String body) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(contentType).isEqualTo("application/problem+json");
        assertThat(body).contains("\"status\":" + expected).contains("\"title\"").contains("\"detail\"")
                .contains("\"code\"")
                .doesNotContain("Whitelabel").doesNotContain("trace").doesNotContain("Exception");
    }

    private static void assertProblem(Response response, int expected) {
        assertProblem(response.status(), expected, response.contentType(), response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int expected) {
        assertProblem(response.statusCode(), expected, response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /**
     * Sends {@code size} bytes with their declared length, which the gateway refuses without reading them. It
     * answers and closes while the client may still be writing; the unread bytes then make the connection reset,
     * and the client can lose the answer with it (TCP, not the gateway): such a lost answer is sent again, a few
     * times at most, and the service must never have seen any of them (the caller counts its requests).
     */
    private Response declaredTooLarge(String path, int size) {
        IllegalStateException lost = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return alice().send("POST", path, "x".repeat(size), Map.of("Content-Type", "text/csv"));
            } catch (IllegalStateException e) {
                lost = e;
            }
        }
        throw lost;
    }

    /** Sends {@code size} bytes without a declared length: the body goes in chunks. */
    private HttpResponse<String> chunked(String path, String contentType, int size) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token()).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size])))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String json(int size) {
        return "{\"name\":\"" + "x".repeat(size) + "\"}";
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        assertProblem(alice().get("/api/nothing/here"), 404);
    }

    @Test
    void anUnknownPageIsTheNotFoundPageInFrenchByDefaultNotAWhitelabelPage() {
        Response page = alice().inLanguage(null).send("GET", "/nothing/here", null,
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Language")).isEqualTo("fr");
        assertThat(page.body()).contains("<html lang=\"fr\">", "Page introuvable", "href=\"/\"")
                .doesNotContain("Whitelabel").doesNotContain("\"status\"");
    }

    @Test
    void anAnonymousVisitorGetsTheNotFoundPageTooInEnglishOnRequest() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/no/such/page"))
                .header("Accept", "text/html").header("Accept-Language", "en-CA,en;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"en\">", "Page not found", "href=\"/\"");
    }

    @Test
    void anUnknownApiPathIsAProblemEvenForABrowser() {
        Response answer = alice().send("GET", "/api/nothing/here", null, Map.of("Accept", "text/html"));

        assertProblem(answer, 404);
        assertThat(answer.json().get("code").asString()).isEqualTo("not-found");
    }

    @Test
    void theGatewaysProblemsAreFrenchByDefaultAndEnglishOnRequestWithTheSameCode() {
        Response french = new ApiClient("http://127.0.0.1:" + port, null).inLanguage(null).get("/api/me");
        Response english = new ApiClient("http://127.0.0.1:" + port, null).inLanguage("en").get("/api/me");

        assertProblem(french, 401);
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().get("detail").asString()).isEqualTo("Connectez-vous, ou envoyez un jeton d’accès valide.");
        assertThat(english.json().get("detail").asString()).isEqualTo("Log in, or send a valid bearer token.");
        assertThat(french.json().get("code").asString()).isEqualTo(english.json().get("code").asString())
                .isEqualTo("unauthorized");
        Response tooLarge = alice().inLanguage("fr-CA").post("/api/networks/monteregie/initiatives", json(300 * KB));
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("too-large");
        assertThat(tooLarge.json().get("detail").asString()).isEqualTo("Le corps de la requête dépasse 256 Ko, le maximum "
                + "accepté ici.");
    }

    @Test
    void theFrenchAndEnglishProblemsOfTheGatewayAndOfEveryServiceHaveTheSameKeys() {
        ProblemBundleRules.assertSound("problems");
        ProblemBundleRules.assertSound(ProblemMessages.SHARED_BUNDLE);
    }

    @Test
    void aWrongMethodIs405Problem() {
        assertProblem(alice().send("DELETE", "/api/me", null, Map.of()), 405);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413ProblemAndNeverReachesTheService() {
        int before = WORKSHEET.requestCount();

        assertProblem(alice().post("/api/networks/monteregie/initiatives", json(300 * KB)), 413);
        assertThat(WORKSHEET.requestCount()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemAndNeverReachesTheService() throws Exception {
        int before = WORKSHEET.requestCount();

        assertProblem(chunked("/api/networks/monteregie/initiatives", "application/json", 300 * KB), 413);
        assertThat(WORKSHEET.requestCount()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWholeWithItsLength() throws Exception {
        HttpResponse<String> answer = chunked("/api/networks/monteregie/initiatives", "application/json", 200 * KB);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(WORKSHEET.lastBodySize()).isEqualTo(200 * KB);
        assertThat(WORKSHEET.lastHeader("Content-Length")).isEqualTo(String.valueOf(200 * KB));
        assertThat(WORKSHEET.lastHeader("Transfer-Encoding")).isNull();
    }

    @Test
    void aPartnerImportMayBeAsLargeAsPartnerServiceAcceptsButNoLarger() throws Exception {
        HttpResponse<String> oneMegabyte = chunked("/api/networks/monteregie/partners/import", "text/csv", 1024 * KB);
        assertThat(oneMegabyte.statusCode()).isEqualTo(200);
        assertThat(PARTNER.lastBodySize()).isEqualTo(1024 * KB);

        int before = PARTNER.requestCount();
        assertProblem(declaredTooLarge("/api/networks/monteregie/partners/import", 3 * 1024 * KB), 413);
        assertProblem(chunked("/api/networks/monteregie/partners/import", "text/csv", 3 * 1024 * KB), 413);
        assertThat(PARTNER.requestCount()).isEqualTo(before);
        // anywhere else, the API's limit holds
        assertProblem(chunked("/api/networks/monteregie/partners", "application/json", 1024 * KB), 413);
    }

    @Test
    void aServiceThatIsDownIs503Problem() {
        assertProblem(alice().get("/api/networks/monteregie/dashboard"), 503);
    }

    @Test
    void aServiceTooSlowIs504Problem() {
        try {
            assertProblem(alice().get("/api/networks/monteregie/initiatives/slow"), 504);
        } finally {
            WORKSHEET.release();
        }
    }

    @Test
    void anUnexpectedFailureIs500ProblemThatGivesNothingAway() {
        Response failure = alice().get("/api/test/failure");

        assertProblem(failure, 500);
        assertThat(failure.body()).doesNotContain("secret internals");
    }

    @Test
    void aUrlTooLongIs414Problem() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/networks/monteregie/partners?q=" + "a".repeat(10 * KB))).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(answer, 414);
    }

    @Test
    void headersTooLargeAre431Problem() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("X-Padding", "a".repeat(20 * KB)).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(answer, 431);
    }
}
