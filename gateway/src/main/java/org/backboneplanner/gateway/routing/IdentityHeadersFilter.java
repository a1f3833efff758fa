package org.backboneplanner.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    private final Set<String> names;
    private final List<String> prefixes;

    IdentityHeadersFilter(GatewayProperties properties) {
        this.names = properties.identityHeaders().stream().map(IdentityHeadersFilter::lower).collect(Collectors.toSet());
        this.prefixes = properties.identityHeaderPrefixes().stream().map(IdentityHeadersFilter::lower).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> forged = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(this::isIdentityHeader).toList();
        if (forged.isEmpty()) {
            return chain.filter(exchange); // the usual case: no copy of the request for nothing
        }
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> forged.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    boolean isIdentityHeader(String name) {
        String lower = lower(name);
        return names.contains(lower) || prefixes.stream().anyMatch(lower::startsWith);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
