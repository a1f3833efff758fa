package org.backboneplanner.support.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;

/**
 * Answers documented as {@code *}{@code /*} (springdoc's guess when a method names no media type) are JSON:
 * every service answers JSON unless a method says otherwise, and a client generator needs to know it.
 */
public class JsonAnswers implements OpenApiCustomizer {

    private static final String ANY = "*/*";

    @Override
    public void customise(OpenAPI api) {
        ApiOperations.forEach(api, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> asJson(response.getContent()));
            }
        });
    }

    private static void asJson(Content content) {
        if (content != null && content.containsKey(ANY)) {
            MediaType any = content.remove(ANY);
            content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        }
    }
}
