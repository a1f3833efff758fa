package org.backboneplanner.gateway.routing;

import java.util.Locale;

import org.backboneplanner.gateway.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Never forwards a header a client could use to pass for someone: services learn who calls only from
 * the validated bearer token.
 */
@Component
class IdentityHeadersFilter implements GlobalFilter, Ordered {

    private final GatewayProperties properties;

    IdentityHeadersFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.headerNames().stream().filter(this::isIdentityHeader).toList()
                        .forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return properties.identityHeaders().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(lower))
                || properties.identityHeaderPrefixes().stream().anyMatch(p -> lower.startsWith(p.toLowerCase(Locale.ROOT)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
