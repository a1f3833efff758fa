package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import reactor.core.publisher.Mono;

/** {@link BearerTokens} reads every Authorization header as Spring Security's own converter does. */
class BearerTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXdpdGgtLV8-";

    /** What a converter makes of a header: the token, "none", or the error's code. */
    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/me");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return converter.convert(MockServerWebExchange.from(request))
                .map(authentication -> ((BearerTokenAuthenticationToken) authentication).getToken())
                .defaultIfEmpty("none")
                .onErrorResume(error -> Mono.just("error: " + error.getClass().getSimpleName() + " " + error.getMessage()))
                .block();
    }

    @Test
    void everyHeaderGivesWhatSpringSecurityGives() {
        List<String> headers = new ArrayList<>(Arrays.asList(null, "", "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT,
                "Bearer", "Bearer ", "Bearer  " + JWT, "Bearer\t" + JWT, "Bearerx" + JWT, "Basic YWxpY2U6c2VjcmV0",
                "Bearer abc==", "Bearer abc=d", "Bearer ==", "Bearer a b", "Bearer " + JWT + " ", "Bearer " + JWT + "\n",
                "Bearer é" + JWT, "Bearer a~b+c/d_e-f.g", "Bear " + JWT, "Token " + JWT, "Bearer " + JWT + ",x"));
        for (char c = 0; c < 256; c++) {
            headers.add("Bearer ab" + c + "cd");
        }
        ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        BearerTokens ours = new BearerTokens();
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("%s", header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, "bearer " + JWT)).isEqualTo(JWT);
    }
}
