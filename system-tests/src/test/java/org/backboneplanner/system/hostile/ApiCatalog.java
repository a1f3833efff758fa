package org.backboneplanner.system.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the public API, read from the OpenAPI documents the gateway gathers for its
 * Swagger UI ({@code /v3/api-docs/<service>}), with parameters and request schemas resolved inline.
 */
final class ApiCatalog {

    static final List<String> DOCUMENTS = List.of("worksheet", "partner", "debrief", "notification", "gateway");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and its schema. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** One method and path; {@code body} is the resolved JSON schema of the request, or null. */
    record Operation(String service, String method, String path, List<Param> params, JsonNode body, String bodyType) {

        String key() {
            return method + " " + path;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean takesIfMatch() {
            return params.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
        }

        boolean jsonBody() {
            return body != null && "application/json".equals(bodyType);
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    static List<Operation> load(String gatewayUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Operation> operations = new ArrayList<>();
        for (String document : DOCUMENTS) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(gatewayUrl + "/v3/api-docs/" + document)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("/v3/api-docs/" + document + " answered " + answer.statusCode());
                }
                operations.addAll(operations(document, JSON.readTree(answer.body())));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    static List<Operation> operations(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    params.add(new Param(p.path("name").asString(), p.path("in").asString(),
                            resolve(p.path("schema"), schemas, 0), p.path("required").asBoolean(false)));
                }
                JsonNode body = null;
                String bodyType = null;
                for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
                    if (bodyType == null || content.getKey().equals("application/json")) {
                        bodyType = content.getKey();
                        body = resolve(content.getValue().path("schema"), schemas, 0);
                    }
                }
                operations.add(new Operation(service, method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        List.copyOf(params), body, bodyType));
            }
        }
        return operations;
    }

    /** Replaces every {@code $ref} by the schema it names (bounded depth: schemas may be recursive). */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return resolve(schemas.path(name), schemas, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        if (schema.has("items")) {
            copy.set("items", resolve(schema.get("items"), schemas, depth + 1));
        }
        if (schema.has("properties")) {
            ObjectNode properties = copy.putObject("properties");
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                properties.set(property.getKey(), resolve(property.getValue(), schemas, depth + 1));
            }
        }
        return copy;
    }

    private ApiCatalog() {
    }
}
