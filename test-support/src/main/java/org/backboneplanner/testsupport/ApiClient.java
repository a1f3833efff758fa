package org.backboneplanner.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Calls an API over real HTTP as a given bearer, the way a browser or script would. It asks for English
 * ({@code Accept-Language: en}), the language most assertions were written in; {@link #inLanguage} changes
 * that, {@code null} sending no preference (the services then answer French).
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;
    private final String language;

    public ApiClient(String baseUrl, String token) {
        this(baseUrl, token, "en");
    }

    private ApiClient(String baseUrl, String token, String language) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.language = language;
    }

    public ApiClient as(String otherToken) {
        return new ApiClient(baseUrl, otherToken, language);
    }

    /** The same caller asking for answers in {@code language} (an Accept-Language value), or in none if null. */
    public ApiClient inLanguage(String language) {
        return new ApiClient(baseUrl, token, language);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** A conditional read: 304 and no body while {@code etag} is still the answer's. */
    public Response getIfNoneMatch(String path, String etag) {
        return send("GET", path, null, Map.of("If-None-Match", etag));
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response patch(String path, Object body, Map<String, String> headers) {
        return send("PATCH", path, body, headers);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    /** Sends {@code body} as JSON; a String is sent as it is, so tests can send broken JSON. */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null && headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
            request.header("Accept-Language", language);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers, and the body as text and as JSON. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
