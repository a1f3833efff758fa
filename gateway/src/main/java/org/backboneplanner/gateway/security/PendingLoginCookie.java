package org.backboneplanner.gateway.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a login in progress (its state, PKCE verifier and nonce) in a short-lived sealed cookie
 * instead of a server-side session: a visitor who starts a login and never finishes costs the gateway
 * nothing, so no number of them can fill the session store. The cookie is HttpOnly (scripts cannot
 * read the verifier), SameSite=Lax (it comes back on Keycloak's redirect), sent only to the callback
 * path, and encrypted and authenticated with the configured key.
 */
class PendingLoginCookie implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String NAME = "BACKBONE_LOGIN";
    static final String PATH = "/login/oauth2/";

    private static final Logger log = LoggerFactory.getLogger(PendingLoginCookie.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieSeal seal;
    private final LoginProperties properties;
    private final Clock clock;

    PendingLoginCookie(LoginProperties properties, Clock clock) {
        this.seal = new CookieSeal(properties.cookieKey());
        this.properties = properties;
        this.clock = clock;
        if (LoginProperties.DEV_KEY.equals(properties.cookieKey())) {
            // anyone who reads this repository could read and forge the cookie: fine on a laptop only
            log.warn("Logins in progress are sealed with the development key; set BACKBONE_GATEWAY_LOGIN_COOKIE_KEY");
        }
    }

    /** What the cookie holds: the authorization request, and until when it may be used. */
    record PendingLogin(long expiresAt, String authorizationUri, String clientId, String redirectUri,
                        Set<String> scopes, String state, Map<String, Object> parameters,
                        Map<String, Object> attributes) {
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
        return Mono.justOrEmpty(read(exchange));
    }

    @Override
    public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        if (request == null) {
            exchange.getResponse().addCookie(cookie(exchange, "", 0));
            return Mono.empty();
        }
        long expiresAt = clock.instant().plus(properties.cookieMaxAge()).getEpochSecond();
        PendingLogin pending = new PendingLogin(expiresAt, request.getAuthorizationUri(), request.getClientId(),
                request.getRedirectUri(), request.getScopes(), request.getState(), request.getAdditionalParameters(),
                request.getAttributes());
        String value = seal.seal(NAME, JSON.writeValueAsString(pending));
        exchange.getResponse().addCookie(cookie(exchange, value, properties.cookieMaxAge().toSeconds()));
        return Mono.empty();
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
        Optional<OAuth2AuthorizationRequest> request = read(exchange);
        if (exchange.getRequest().getCookies().containsKey(NAME)) {
            exchange.getResponse().addCookie(cookie(exchange, "", 0));
        }
        return Mono.justOrEmpty(request);
    }

    /** The login in progress the cookie holds, if it is ours, unexpired, and for the state Keycloak sent back. */
    private Optional<OAuth2AuthorizationRequest> read(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
        String state = exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
        if (cookie == null || state == null) {
            return Optional.empty();
        }
        return seal.open(NAME, cookie.getValue()).flatMap(PendingLoginCookie::parse)
                .filter(pending -> pending.expiresAt() > clock.instant().getEpochSecond())
                .filter(pending -> state.equals(pending.state()))
                .map(pending -> OAuth2AuthorizationRequest.authorizationCode()
                        .authorizationUri(pending.authorizationUri())
                        .clientId(pending.clientId())
                        .redirectUri(pending.redirectUri())
                        .scopes(pending.scopes())
                        .state(pending.state())
                        .additionalParameters(pending.parameters())
                        .attributes(pending.attributes())
                        .build());
    }

    private static Optional<PendingLogin> parse(String json) {
        try {
            return Optional.of(JSON.readValue(json, PendingLogin.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static ResponseCookie cookie(ServerWebExchange exchange, String value, long maxAgeSeconds) {
        return ResponseCookie.from(NAME, value)
                .path(PATH)
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme()))
                .sameSite("Lax")
                .build();
    }
}
