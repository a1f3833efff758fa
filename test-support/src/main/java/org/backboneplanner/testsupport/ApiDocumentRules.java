package org.backboneplanner.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What an integrator needs from every operation of an API document: what it does (a summary), a stable
 * name, each parameter described, and its error answers as problem+json with the shared Problem schema
 * (401 unless public, 404 with path variables, 400 and 413 with a body, 412 and 428 with If-Match).
 * {@link #problems} names each place the document falls short, so a test can list them all at once.
 */
public final class ApiDocumentRules {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern GENERATED_ID = Pattern.compile(".*_\\d+");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private ApiDocumentRules() {
    }

    public static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        JsonNode info = document.path("info");
        if (info.path("license").path("name").asString("").isBlank()
                || info.path("license").path("identifier").asString("").isBlank()) {
            problems.add("info: no license name and identifier");
        }
        if (info.path("contact").path("name").asString("").isBlank()) {
            problems.add("info: no contact");
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    check(document, method.toUpperCase() + " " + path.getKey(), operation, problems);
                }
            }
        }
        return problems;
    }

    private static void check(JsonNode document, String name, JsonNode operation, List<String> problems) {
        if (operation.path("summary").asString("").isBlank()) {
            problems.add(name + ": no summary");
        }
        String id = operation.path("operationId").asString("");
        if (id.isBlank() || GENERATED_ID.matcher(id).matches()) {
            problems.add(name + ": operationId '" + id + "' is not a name of its own");
        }
        operation.path("tags").valueStream().filter(tag -> tag.asString().endsWith("-controller"))
                .forEach(tag -> problems.add(name + ": tagged by its class, " + tag.asString()));
        boolean pathVariables = false;
        boolean conditional = false;
        boolean language = false;
        for (JsonNode declared : operation.path("parameters")) {
            JsonNode parameter = resolve(document, declared, "parameters");
            String in = parameter.path("in").asString("");
            language |= in.equals("header") && parameter.path("name").asString("").equalsIgnoreCase("Accept-Language");
            if (in.equals("path")) {
                pathVariables = true;
                if (parameter.path("description").asString("").isBlank()) {
                    problems.add(name + ": path variable " + parameter.path("name").asString() + " not described");
                }
            }
            if (in.equals("header") && parameter.path("name").asString().equalsIgnoreCase("If-Match")) {
                conditional = true;
                if (!parameter.path("required").asBoolean(false)) {
                    problems.add(name + ": If-Match not required");
                }
            }
        }
        JsonNode responses = operation.path("responses");
        boolean open = operation.has("security") && operation.get("security").isEmpty();
        expect(responses, name, !open, "401", problems);
        expect(responses, name, pathVariables, "404", problems);
        expect(responses, name, conditional, "412", problems);
        expect(responses, name, conditional, "428", problems);
        expect(responses, name, operation.has("requestBody"), "400", problems);
        expect(responses, name, operation.has("requestBody"), "413", problems);
        if (!language && responses.propertyNames().stream().anyMatch(code -> code.startsWith("4"))) {
            problems.add(name + ": answers problems but takes no Accept-Language");
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            JsonNode answer = resolve(document, response.getValue(), "responses");
            if (response.getKey().startsWith("4")
                    && !PROBLEM.equals(answer.path("content").path("application/problem+json").path("schema")
                            .path("$ref").asString(""))) {
                problems.add(name + ": " + response.getKey() + " is not problem+json with the Problem schema");
            }
            if (answer.path("content").has("*/*")) {
                problems.add(name + ": " + response.getKey() + " answers */*");
            }
        }
    }

    private static void expect(JsonNode responses, String name, boolean expected, String code, List<String> problems) {
        if (expected && !responses.has(code)) {
            problems.add(name + ": no " + code + " answer");
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node, String components) {
        String prefix = "#/components/" + components + "/";
        String ref = node.path("$ref").asString("");
        return ref.startsWith(prefix)
                ? document.path("components").path(components).path(ref.substring(prefix.length()))
                : node;
    }
}
