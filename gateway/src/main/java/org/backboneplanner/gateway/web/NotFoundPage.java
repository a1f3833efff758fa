package org.backboneplanner.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backboneplanner.support.problem.ProblemMessages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The page a browser gets for a page that does not exist: static HTML in the visitor's language (French
 * unless {@code Accept-Language} asks for English), linking home, with status 404. API paths and clients
 * that do not ask for HTML get problem+json instead.
 */
@Component
class NotFoundPage {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final Map<Locale, byte[]> pages = Map.of(
            Locale.FRENCH, read("pages/not-found_fr.html"),
            Locale.ENGLISH, read("pages/not-found_en.html"));

    /** A browser's page request: not the API, and HTML asked for by name (not only through a wildcard). */
    static boolean wanted(ServerHttpRequest request) {
        String path = request.getPath().value();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")
                || path.startsWith("/actuator")) {
            return false;
        }
        try {
            return request.getHeaders().getAccept().stream()
                    .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    Mono<Void> writeTo(ServerWebExchange exchange) {
        Locale language = ProblemMessages.language(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] page = pages.get(language);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.NOT_FOUND);
        response.getHeaders().setContentType(HTML);
        response.getHeaders().setContentLanguage(language);
        response.getHeaders().setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ACCEPT));
        response.getHeaders().setContentLength(page.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(page)));
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
