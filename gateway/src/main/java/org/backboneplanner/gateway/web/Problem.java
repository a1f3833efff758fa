package org.backboneplanner.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem the gateway answers itself, in the same shape as the services' problems.
 *
 * @param status   the HTTP status
 * @param title    a short summary of the kind of problem
 * @param detail   what happened to this request, for a person to read
 * @param instance the path that was asked for, or null
 */
public record Problem(HttpStatus status, String title, String detail, String instance) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status, status.getReasonPhrase(), detail, null);
    }

    public Problem at(String path) {
        return new Problem(status, title, detail, path);
    }

    public byte[] json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes this problem as the whole response. */
    public Mono<Void> writeTo(ServerHttpResponse response) {
        byte[] body = json();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
