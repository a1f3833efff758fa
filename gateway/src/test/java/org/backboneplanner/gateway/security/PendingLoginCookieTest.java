package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.backboneplanner.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;

/** The login in progress survives the trip to Keycloak in its cookie, and only unchanged, in time, for its state. */
class PendingLoginCookieTest {

    private static final String VERIFIER = "verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final PendingLoginCookie cookies =
            new PendingLoginCookie(new LoginProperties("a-test-key-of-enough-length", Duration.ofMinutes(10)), clock);

    private static OAuth2AuthorizationRequest request(String state) {
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://localhost:8180/realms/backbone/protocol/openid-connect/auth")
                .clientId("gateway")
                .redirectUri("http://localhost:8080/login/oauth2/code/keycloak")
                .scope("openid", "organization:*")
                .state(state)
                .additionalParameters(p -> {
                    p.put(PkceParameterNames.CODE_CHALLENGE, "challenge");
                    p.put(PkceParameterNames.CODE_CHALLENGE_METHOD, "S256");
                    p.put("nonce", "nonce-hash");
                })
                .attributes(a -> {
                    a.put("registration_id", "keycloak");
                    a.put(PkceParameterNames.CODE_VERIFIER, VERIFIER);
                    a.put("nonce", "the-nonce");
                })
                .build();
    }

    /** Starts a login and answers the cookie the browser keeps. */
    private ResponseCookie save(OAuth2AuthorizationRequest request) {
        MockServerWebExchange start = MockServerWebExchange.from(MockServerHttpRequest.get("/oauth2/authorization/keycloak"));
        cookies.saveAuthorizationRequest(request, start).block();
        return start.getResponse().getCookies().getFirst(PendingLoginCookie.NAME);
    }

    private MockServerWebExchange callback(String state, String cookieValue) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/login/oauth2/code/keycloak?code=c&state=" + state)
                .cookie(new org.springframework.http.HttpCookie(PendingLoginCookie.NAME, cookieValue)));
    }

    @Test
    void theCallbackGetsBackTheSameRequestAndTheCookieIsCleared() {
        OAuth2AuthorizationRequest started = request("s1");
        ResponseCookie cookie = save(started);

        MockServerWebExchange callback = callback("s1", cookie.getValue());
        OAuth2AuthorizationRequest back = cookies.removeAuthorizationRequest(callback).block();

        assertThat(back).isNotNull();
        assertThat(back.getState()).isEqualTo("s1");
        assertThat(back.getClientId()).isEqualTo("gateway");
        assertThat(back.getRedirectUri()).isEqualTo(started.getRedirectUri());
        assertThat(back.getScopes()).containsExactlyInAnyOrder("openid", "organization:*");
        assertThat(back.getAttributes()).isEqualTo(started.getAttributes());
        assertThat(back.getAdditionalParameters()).isEqualTo(started.getAdditionalParameters());
        assertThat(back.getAuthorizationRequestUri()).isEqualTo(started.getAuthorizationRequestUri());
        assertThat(callback.getResponse().getCookies().getFirst(PendingLoginCookie.NAME).getMaxAge()).isZero();
    }

    @Test
    void theVerifierCannotBeReadFromTheCookie() {
        // A long state: a two-letter one turns up by chance in random ciphertext about once in a hundred runs.
        String state = "state-that-must-stay-sealed";
        String value = save(request(state)).getValue();

        String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.ISO_8859_1);
        assertThat(value).doesNotContain(VERIFIER);
        assertThat(decoded).doesNotContain(VERIFIER).doesNotContain("gateway").doesNotContain(state);
    }

    @Test
    void aChangedCookieOrOneSealedWithAnotherKeyIsRefused() {
        String value = save(request("s1")).getValue();
        char last = value.charAt(20);
        String changed = value.substring(0, 20) + (last == 'A' ? 'B' : 'A') + value.substring(21);
        PendingLoginCookie otherKey =
                new PendingLoginCookie(new LoginProperties("another-key-of-enough-length", Duration.ofMinutes(10)), clock);

        assertThat(cookies.removeAuthorizationRequest(callback("s1", changed)).block()).isNull();
        assertThat(cookies.removeAuthorizationRequest(callback("s1", "not-even-base64!")).block()).isNull();
        assertThat(otherKey.removeAuthorizationRequest(callback("s1", value)).block()).isNull();
        assertThat(cookies.removeAuthorizationRequest(callback("s1", value)).block()).isNotNull();
    }

    @Test
    void anotherStateOrAnExpiredCookieIsRefused() {
        String value = save(request("s1")).getValue();

        assertThat(cookies.removeAuthorizationRequest(callback("s2", value)).block()).isNull();
        clock.advance(Duration.ofMinutes(10));
        assertThat(cookies.removeAuthorizationRequest(callback("s1", value)).block()).isNull();
    }

    @Test
    void theCookieLastsAsConfiguredAndOnlyForTheCallbackPath() {
        ResponseCookie cookie = save(request("s1"));

        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/login/oauth2/");
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(cookie.isSecure()).isFalse();

        MockServerWebExchange overTls = MockServerWebExchange.from(
                MockServerHttpRequest.get("https://planner.example.org/oauth2/authorization/keycloak"));
        cookies.saveAuthorizationRequest(request("s1"), overTls).block();
        assertThat(overTls.getResponse().getCookies().getFirst(PendingLoginCookie.NAME).isSecure()).isTrue();
    }
}
