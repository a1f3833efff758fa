package org.backboneplanner.gateway.web;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.netty.channel.ConnectTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every error the gateway answers itself is problem+json, never a default error page: unknown paths
 * (404), wrong methods (405), a body too large (413), a service that cannot be reached (503), answers
 * badly (502) or too slowly (504), and anything unexpected (500, logged, no detail given away).
 * Replaces Boot's default handler, which would answer HTML or its own JSON.
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = problemFor(error, exchange).at(exchange.getRequest().getPath().value());
        exchange.getResponse().getHeaders().clearContentHeaders();
        return problem.writeTo(exchange.getResponse());
    }

    static Problem problemFor(Throwable error, ServerWebExchange exchange) {
        if (causeOf(error, DataBufferLimitException.class) != null) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status.getStatusCode(), status.getReason());
        }
        if (causeOf(error, ConnectException.class) != null || causeOf(error, ConnectTimeoutException.class) != null) {
            log.warn("A service cannot be reached for {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "This part of Backbone Planner is not available right now. Please try again in a moment.");
        }
        if (causeOf(error, TimeoutException.class) != null) {
            return Problem.of(HttpStatus.GATEWAY_TIMEOUT, "The service took too long to answer. Please try again.");
        }
        if (causeOf(error, UnknownHostException.class) != null || causeOf(error, PrematureCloseException.class) != null) {
            log.warn("A service failed to answer {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.of(HttpStatus.BAD_GATEWAY, "A service failed to answer. Please try again.");
        }
        log.error("Unexpected failure answering {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. Please try again.", null);
    }

    private static Problem fromStatus(HttpStatusCode code, String reason) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (status) {
            case NOT_FOUND -> "Nothing here.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case NOT_ACCEPTABLE -> "No answer in a media type the request accepts.";
            case UNSUPPORTED_MEDIA_TYPE -> "This media type is not accepted here.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            case SERVICE_UNAVAILABLE -> "This part of Backbone Planner is not available right now. Please try again in a moment.";
            case GATEWAY_TIMEOUT -> "The service took too long to answer. Please try again.";
            case BAD_GATEWAY -> "A service failed to answer. Please try again.";
            default -> status.is5xxServerError() ? "Something went wrong on our side. Please try again."
                    : reason != null ? reason : status.getReasonPhrase();
        };
        return Problem.of(status, detail);
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
