package org.backboneplanner.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The bearer token of a call, by the rule Spring Security's converter applies (RFC 6750's {@code b64token} after
 * {@code Bearer }, the scheme in any case), checked a character at a time: Spring's runs a case-insensitive regular
 * expression over the whole token (about 1 KB) on every call, 3.3 % of the gateway's CPU samples under load on its
 * own (docs/performance.md). The access token in a query parameter or a form stays refused, as Spring's default.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }

    /**
     * @return the token, or null when the header names no bearer token
     * @throws OAuth2AuthenticationException (invalid_token) for a bearer header whose token is malformed
     */
    static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int start = SCHEME.length() + 1;
        if (authorization.length() <= start || authorization.charAt(start - 1) != ' ' || !b64token(authorization, start)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(start);
    }

    /** Whether {@code text} from {@code start} is 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
    private static boolean b64token(String text, int start) {
        int i = start;
        while (i < text.length() && tokenChar(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < text.length() && text.charAt(i) == '=') {
            i++;
        }
        return i == text.length();
    }

    private static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
