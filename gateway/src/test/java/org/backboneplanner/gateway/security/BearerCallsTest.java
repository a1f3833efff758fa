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
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A call with a bearer token costs no session, no CSRF token, and one signature check per token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerCallsTest {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveJwtDecoder decoder;

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
}
