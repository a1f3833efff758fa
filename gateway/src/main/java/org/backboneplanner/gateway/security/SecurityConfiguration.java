package org.backboneplanner.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;

import reactor.core.publisher.Mono;

/**
 * The gateway checks bearer tokens itself before routing (services check them again: nothing
 * downstream trusts the gateway blindly).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint problem = (exchange, e) -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getHeaders().set("WWW-Authenticate", "Bearer");
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"A valid bearer token is required.\"}").getBytes();
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        };
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problem))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problem)
                        .jwt(jwt -> { }))
                .build();
    }
}
