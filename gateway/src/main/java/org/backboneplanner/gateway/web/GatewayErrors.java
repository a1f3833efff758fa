package org.backboneplanner.gateway.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.netty.channel.ConnectTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Every error the gateway answers itself is problem+json in the caller's language, never a default error
 * page: unknown paths (404), wrong methods (405), a body too large (413), a service that cannot be reached
 * (503), answers badly (502) or too slowly (504), and anything unexpected (500, logged, no detail given
 * away). A browser asking for a page that does not exist gets the not-found page instead.
 * Replaces Boot's default handler, which would answer its Whitelabel page or its own JSON.
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final NotFoundPage notFoundPage;

    GatewayErrors(NotFoundPage notFoundPage) {
        this.notFoundPage = notFoundPage;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = problemFor(error, exchange).at(exchange.getRequest().getPath().value());
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (problem.status() == HttpStatus.NOT_FOUND && NotFoundPage.wanted(exchange.getRequest())) {
            return notFoundPage.writeTo(exchange);
        }
        return problem.writeTo(exchange);
    }

    static Problem problemFor(Throwable error, ServerWebExchange exchange) {
        if (causeOf(error, DataBufferLimitException.class) != null) {
            return Problem.ofStatus(HttpStatus.CONTENT_TOO_LARGE);
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status.getStatusCode());
        }
        if (causeOf(error, ConnectException.class) != null || causeOf(error, ConnectTimeoutException.class) != null) {
            log.warn("A service cannot be reached for {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.ofStatus(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (causeOf(error, TimeoutException.class) != null) {
            return Problem.ofStatus(HttpStatus.GATEWAY_TIMEOUT);
        }
        if (causeOf(error, UnknownHostException.class) != null || proxied(exchange) && brokenConnection(error)) {
            log.warn("A service failed to answer {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.ofStatus(HttpStatus.BAD_GATEWAY);
        }
        log.error("Unexpected failure answering {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "detail.internal.gateway");
    }

    /** A status Spring gives: its own problem, the reason never shown (it is English and may say too much). */
    private static Problem fromStatus(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE && status != HttpStatus.BAD_GATEWAY
                && status != HttpStatus.GATEWAY_TIMEOUT) {
            return Problem.of(status, "internal", "detail.internal.gateway");
        }
        return Problem.ofStatus(status);
    }

    /** Whether the request was on its way to a service (a route chose one), not served by the gateway itself. */
    private static boolean proxied(ServerWebExchange exchange) {
        return exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR) != null;
    }

    /**
     * A connection that broke under the request (reset or closed by the service, Reactor Netty's premature close
     * included): the failure is on the service's side of the exchange, so 502 rather than 500, which stays for the
     * gateway's own faults.
     */
    private static boolean brokenConnection(Throwable error) {
        return causeOf(error, AbortedException.class) != null || causeOf(error, IOException.class) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
