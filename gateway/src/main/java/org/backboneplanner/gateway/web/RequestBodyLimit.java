package org.backboneplanner.gateway.web;

import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses an API request body over the limit with 413 before any of it reaches a service. A declared
 * length is checked at once; a body without one (chunked) is read up to the limit first and passed on
 * whole, with its length, only if it fits. Runs after authentication, so only members get this far.
 */
@Component
class RequestBodyLimit implements WebFilter, Ordered {

    /** Just after Spring Security's filter chain (-100). */
    static final int ORDER = -90;

    private final RequestBodyProperties properties;
    private final List<PathPattern> imports;

    RequestBodyLimit(RequestBodyProperties properties) {
        this.properties = properties;
        this.imports = properties.importPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().value().startsWith("/api/") || !mayHaveBody(request)) {
            return chain.filter(exchange);
        }
        long limit = limitFor(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> chain.filter(exchange.mutate().request(whole(request, body.orElse(null))).build())
                        // released here if no route took it (a route's client releases it once sent)
                        .doFinally(signal -> body.ifPresent(DataBufferUtils::release)))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, limit));
    }

    private static boolean mayHaveBody(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
                && method != HttpMethod.TRACE;
    }

    long limitFor(ServerHttpRequest request) {
        boolean isImport = request.getMethod() == HttpMethod.POST
                && imports.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
        return (isImport ? properties.maxImport() : properties.max()).toBytes();
    }

    /** The request with its body read: it goes on with a length instead of chunks. */
    private static ServerHttpRequest whole(ServerHttpRequest request, DataBuffer body) {
        ServerHttpRequest withLength = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.setContentLength(body == null ? 0 : body.readableByteCount());
        }).build();
        return new ServerHttpRequestDecorator(withLength) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body == null ? Flux.empty() : Flux.just(body);
            }
        };
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        // the client may still be sending: the connection is closed after this answer
        exchange.getResponse().getHeaders().setConnection("close");
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "too-large.limit", limit / 1024)
                .at(exchange.getRequest().getPath().value()).writeTo(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
