package org.backboneplanner.gateway.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.backboneplanner.support.problem.ProblemBody;
import org.backboneplanner.support.problem.ProblemCodes;
import org.backboneplanner.support.problem.ProblemMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * An RFC 9457 problem the gateway answers itself, in the same shape as the services' problems: a stable
 * {@code code}, and a title and detail written in the caller's language when it is answered.
 *
 * @param status     the HTTP status
 * @param code       the stable machine code
 * @param detailKey  the key of the detail's sentence in the problem bundles
 * @param arguments  what the sentence names
 * @param instance   the path that was asked for, or null
 */
public record Problem(HttpStatus status, String code, String detailKey, List<Object> arguments, String instance) {

    /** The gateway's own sentences ({@code problems_*.properties}) and the shared ones; read once. */
    static final ProblemMessages MESSAGES = ProblemMessages.ofService();

    public static Problem of(HttpStatus status, String code, String detailKey, Object... arguments) {
        return new Problem(status, code, detailKey, Arrays.asList(arguments), null);
    }

    /** A problem that says no more than its status. */
    public static Problem ofStatus(HttpStatus status) {
        String code = ProblemCodes.ofStatus(status.value());
        return of(status, code, "detail." + code);
    }

    public Problem at(String path) {
        return new Problem(status, code, detailKey, arguments, path);
    }

    public byte[] json(Locale language) {
        return ProblemBody.json(status.value(), code, MESSAGES.title(code, status.value(), language),
                MESSAGES.text(detailKey, arguments, language), instance);
    }

    /** Writes this problem as the whole response, in the language the request asks for. */
    public Mono<Void> writeTo(ServerWebExchange exchange) {
        Locale language = ProblemMessages.language(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] body = json(language);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLanguage(language);
        response.getHeaders().setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
