package org.backboneplanner.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.backboneplanner.gateway.GatewayApplication;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Two gateways on one MongoDB: a session one of them started is the other's too, it ends for both
 * once it has been idle for the timeout (checked when it is read: the wire-protocol server has no TTL
 * expiry), and the sweep removes it from the store. A probe route of this test only puts a value in
 * the session and reads it back; the login itself puts the member's security context and tokens there
 * the same way (the system tests log in through one gateway and call the other).
 */
class SharedSessionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(6); // long enough that a pause of the busy machine never ends a live session
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Remembers {@code value} in the caller's session, or says what the session holds. */
    @Configuration(proxyBeanMethods = false)
    static class SessionProbe {
        @Bean
        RouterFunction<ServerResponse> sessionProbe() {
            return RouterFunctions.route(RequestPredicates.GET("/probe/remember"), request -> request.session()
                            .doOnNext(session -> session.getAttributes().put("probe", request.queryParam("value").orElseThrow()))
                            .then(ServerResponse.ok().bodyValue("remembered")))
                    .andRoute(RequestPredicates.GET("/probe/recall"), request -> request.session()
                            .flatMap(session -> ServerResponse.ok().bodyValue(
                                    String.valueOf(session.getAttributes().getOrDefault("probe", "nothing")))));
        }
    }

    @BeforeAll
    static void twoGateways() {
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GatewayApplication.class, SessionProbe.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + TestServers.mongo().uri("shared-sessions"),
                "--backbone.gateway.session.timeout=" + TIMEOUT.toSeconds() + "s",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestServers.tokens().issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestServers.tokens().jwkSetUri());
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static int port(ConfigurableApplicationContext gateway) {
        return Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext gateway, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(gateway) + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionCookie(String value) throws Exception {
        HttpResponse<String> remembered = get(first, "/probe/remember?value=" + value, null);
        assertThat(remembered.statusCode()).isEqualTo(200);
        return remembered.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void aSessionStartedAtOneGatewayIsKnownToTheOther() throws Exception {
        String cookie = sessionCookie("alice");

        assertThat(get(second, "/probe/recall", cookie).body()).isEqualTo("alice");
        assertThat(get(first, "/probe/recall", cookie).body()).isEqualTo("alice");
        assertThat(get(second, "/probe/recall", null).body()).isEqualTo("nothing");
    }

    @Test
    void anIdleSessionEndsForEveryGateway() throws Exception {
        String cookie = sessionCookie("bob");
        String id = cookie.substring("SESSION=".length());

        awaitExpiryPassed(id);

        assertThat(get(second, "/probe/recall", cookie).body()).isEqualTo("nothing");
        assertThat(get(first, "/probe/recall", cookie).body()).isEqualTo("nothing");
    }

    @Test
    void theSweepRemovesExpiredSessionsAndKeepsLiveOnes() throws Exception {
        String expired = sessionCookie("dora").substring("SESSION=".length());
        awaitExpiryPassed(expired);
        String live = sessionCookie("carol").substring("SESSION=".length());

        long removed = first.getBean(ExpiredSessions.class).remove();

        assertThat(removed).isPositive();
        assertThat(stored(expired)).isFalse();
        assertThat(stored(live)).isTrue();
    }

    /** Waits, without reading the session through a gateway (which would prolong it), until it expired. */
    private static void awaitExpiryPassed(String id) {
        assertThat(stored(id)).isTrue();
        await("the session idle for longer than its timeout").atMost(TIMEOUT.multipliedBy(4))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> expireAt(id).toInstant().isBefore(java.time.Instant.now()));
    }

    private static ReactiveMongoOperations mongo() {
        return first.getBean(ReactiveMongoOperations.class);
    }

    private static java.util.Date expireAt(String id) {
        return mongo().findById(id, org.bson.Document.class, "sessions").map(d -> d.getDate(ExpiredSessions.EXPIRE_AT))
                .block();
    }

    private static boolean stored(String id) {
        return Boolean.TRUE.equals(mongo().exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)), "sessions").block());
    }

}
