package org.backboneplanner.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The caller's access token, validated: the bearer token an API client sent, or the one a browser
 * session holds (refreshed if it expired), the same token the gateway relays to the services.
 */
@Component
public class SessionTokens {

    private final ReactiveOAuth2AuthorizedClientManager clients;
    private final ReactiveJwtDecoder decoder;

    SessionTokens(ReactiveOAuth2AuthorizedClientManager clients, ReactiveJwtDecoder decoder) {
        this.clients = clients;
        this.decoder = decoder;
    }

    public Mono<Jwt> accessToken(Authentication authentication, ServerWebExchange exchange) {
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return Mono.just(bearer.getToken());
        }
        if (authentication instanceof OAuth2AuthenticationToken session) {
            OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                    .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                    .principal(session)
                    .attribute(ServerWebExchange.class.getName(), exchange)
                    .build();
            return clients.authorize(request).flatMap(client -> decoder.decode(client.getAccessToken().getTokenValue()));
        }
        return Mono.empty();
    }
}
