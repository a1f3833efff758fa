package org.backboneplanner.gateway.security;


import java.time.Clock;

import org.backboneplanner.gateway.web.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * Two ways in. Browsers log in through Keycloak (authorization code with PKCE); the login in progress
 * waits in a sealed cookie, and only a finished login gets a server-side session, whose access token
 * is relayed to the services; their writes need the CSRF token.
 * API clients send a bearer token, which passes through (no cookie, so no CSRF exposure). The gateway
 * validates tokens itself; services validate them again.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    /** WebFlux's session cookie: only a browser with a session can be made to write against its will. */
    static final String SESSION_COOKIE = "SESSION";

    /** The token decoder Spring Boot builds from the resource server's properties, behind {@link CheckedTokens}. */
    @Bean
    static BeanPostProcessor rememberCheckedTokens(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CheckedTokens)
                        ? new CheckedTokens(decoder, clock.getObject()) : bean;
            }
        };
    }

    @Bean
    PendingLoginCookie pendingLogins(LoginProperties properties, Clock clock) {
        return new PendingLoginCookie(properties, clock);
    }

    /**
     * An API call with a bearer token has a chain of its own, ahead of the browsers': the token and the access
     * rules, none of the login, session, CSRF, logout and saved-request filters it never uses, each of which
     * cost it a step on every call (docs/performance.md). What it answers is the same as before.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerCalls(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint apiProblem = SecurityConfiguration::unauthorized;
        return http
                .securityMatcher(exchange -> exchange.getRequest().getPath().value().startsWith("/api/")
                        && BrowserSessionContexts.bearer(exchange)
                        ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/unsubscribe").permitAll()
                        .anyExchange().authenticated())
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenConverter(new BearerTokens())
                        .authenticationEntryPoint(apiProblem).jwt(jwt -> { }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(apiProblem)
                        .accessDeniedHandler(forbidden("forbidden", "detail.forbidden")))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
                                           PendingLoginCookie pendingLogins) {
        DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");

        ServerAuthenticationEntryPoint apiProblem = SecurityConfiguration::unauthorized;
        RedirectServerAuthenticationEntryPoint loginPage =
                new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION);
        // nothing is remembered for an anonymous visitor: the web UI's routes live in the URL's hash
        loginPage.setRequestCache(NoOpServerRequestCache.getInstance());
        ServerAccessDeniedHandler forbidden = forbidden("forbidden", "detail.forbidden");
        ServerAccessDeniedHandler noCsrfToken = forbidden("csrf-token", "detail.csrf-token");
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();

        return http
                // a bearer call is whole in itself: no session is looked up or created for it
                .securityContextRepository(new BrowserSessionContexts())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/", "/index.html", "/app/**", "/favicon.ico", "/logged-out").permitAll()
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        // signed one-click unsubscribe links from mails work without logging in
                        .pathMatchers("/api/unsubscribe").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // beyond the API only pages: an unknown one answers the not-found page to anyone
                        .anyExchange().permitAll())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2Login(login -> login
                        .authorizationRequestResolver(authorizationRequests)
                        .authorizationRequestRepository(pendingLogins)
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")))
                .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenConverter(new BearerTokens())
                        .authenticationEntryPoint(apiProblem).jwt(jwt -> { }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((exchange, e) ->
                        exchange.getRequest().getPath().value().startsWith("/api/")
                                ? apiProblem.commence(exchange, e) : loginPage.commence(exchange, e))
                        .accessDeniedHandler(forbidden))
                .logout(logout -> logout.logoutHandler(SecurityConfiguration::endSession)
                        .logoutSuccessHandler(endKeycloakSession))
                .csrf(csrf -> csrf
                        .accessDeniedHandler(noCsrfToken)
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(browserWrites()))
                .build();
    }

    /**
     * Writes that ride on the session cookie. Bearer-token calls carry no cookie and need no CSRF token;
     * a write with no session at all has nothing to forge, and gets the 401 any anonymous call gets.
     */
    private static ServerWebExchangeMatcher browserWrites() {
        return exchange -> {
            if (!exchange.getRequest().getCookies().containsKey(SESSION_COOKIE)) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            HttpMethod method = exchange.getRequest().getMethod();
            boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                    || method == HttpMethod.TRACE;
            boolean bearer = BrowserSessionContexts.bearer(exchange);
            // the unsubscribe link carries its own signature and rides on no session
            boolean signedLink = exchange.getRequest().getPath().value().equals("/api/unsubscribe");
            return safe || bearer || signedLink ? ServerWebExchangeMatcher.MatchResult.notMatch()
                    : ServerWebExchangeMatcher.MatchResult.match();
        };
    }

    /**
     * Makes sure the CSRF cookie is written on every response to a browser, so the page can send it back.
     * A bearer call needs none: making one for it cost a random token and a cookie on every API call.
     */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return token == null || BrowserSessionContexts.bearer(exchange) ? chain.filter(exchange)
                    : token.then(chain.filter(exchange));
        };
    }

    /**
     * Ends the member's session, if there is one. Spring's default would save an empty security context,
     * which stores a new session even for an anonymous visitor.
     */
    private static Mono<Void> endSession(WebFilterExchange exchange, Authentication authentication) {
        return exchange.getExchange().getSession().filter(WebSession::isStarted).flatMap(WebSession::invalidate);
    }

    private static ServerAccessDeniedHandler forbidden(String code, String detailKey) {
        return (exchange, e) -> Problem.of(HttpStatus.FORBIDDEN, code, detailKey)
                .at(exchange.getRequest().getPath().value()).writeTo(exchange);
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problem.of(HttpStatus.UNAUTHORIZED, "unauthorized", "detail.unauthorized.login")
                .at(exchange.getRequest().getPath().value()).writeTo(exchange);
    }

}
