package org.backboneplanner.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Who is signed in, kept in the browser's session; a call with a bearer token carries who calls itself,
 * so its security context is never loaded from, or saved to, a session (each such call used to look one
 * up, and make a new one, before the token was even read).
 */
final class BrowserSessionContexts implements ServerSecurityContextRepository {

    private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        return bearer(exchange) ? Mono.empty() : sessions.save(exchange, context);
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return bearer(exchange) ? Mono.empty() : sessions.load(exchange);
    }

    static boolean bearer(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
