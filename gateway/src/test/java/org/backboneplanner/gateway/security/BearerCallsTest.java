package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A call with a bearer token costs no session, no CSRF token, and one signature check per token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerCallsTest {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveJwtDecoder decoder;

    @Autowired
    List<SecurityWebFilterChain> chains;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestServers.registerTokens(registry);
    }

    private String token() {
        return TestServers.tokens().of("u-alice").name("Alice").email("alice@monteregie.example")
                .networks(List.of("monteregie")).sign();
    }

    @Test
    void aBearerCallIsAnsweredWithoutASessionOrACsrfCookie() {
        Response me = new ApiClient("http://127.0.0.1:" + port, token()).get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.headers().getOrDefault("set-cookie", List.of())).isEmpty();
    }

    @Test
    void theGatewayChecksATokenOnceAndRemembersIt() {
        String token = token();
        ApiClient member = new ApiClient("http://127.0.0.1:" + port, token);

        assertThat(member.get("/api/me").status()).isEqualTo(200);
        assertThat(member.get("/api/me").status()).isEqualTo(200);

        assertThat(decoder).isInstanceOf(CheckedTokens.class);
        assertThat(((CheckedTokens) decoder).remembered()).isPositive();
    }

    @Test
    void aBearerCallGoesThroughNoneOfTheBrowsersLoginSessionOrCsrfFilters() {
        MockServerWebExchange bearerCall = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/networks/monteregie/initiatives").header("Authorization", "Bearer " + token()));

        SecurityWebFilterChain chain = chains.stream()
                .filter(candidate -> Boolean.TRUE.equals(candidate.matches(bearerCall).block())).findFirst().orElseThrow();

        List<String> filters = chain.getWebFilters().map(filter -> filter.getClass().getSimpleName()).collectList().block();
        assertThat(filters).contains("AuthenticationWebFilter", "AuthorizationWebFilter")
                .doesNotContain("CsrfWebFilter", "OAuth2AuthorizationRequestRedirectWebFilter", "LogoutWebFilter",
                        "OAuth2LoginAuthenticationWebFilter", "LoginPageGeneratingWebFilter");
    }

    @Test
    void aBearerWriteNeedsNoCsrfTokenAndABadTokenIsStill401() {
        Response write = new ApiClient("http://127.0.0.1:" + port, token()).post("/api/networks/monteregie/initiatives",
                java.util.Map.of("name", "Sans jeton CSRF"));
        Response forged = new ApiClient("http://127.0.0.1:" + port, token() + "x").get("/api/me");

        assertThat(write.status()).as("no CSRF refusal (403); no service behind this test").isNotEqualTo(403);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
    }
}
