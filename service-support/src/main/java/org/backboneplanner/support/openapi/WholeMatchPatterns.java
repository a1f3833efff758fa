package org.backboneplanner.support.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Bean Validation's {@code @Pattern} must match the whole value, while a JSON Schema {@code pattern} (an
 * ECMA-262 regular expression) matches anywhere in it: copied as they are, {@code fr|en} would let
 * {@code "french"} through and {@code (?s).*\S.*} is not even ECMA syntax. So a choice of plain words becomes
 * an {@code enum}, "contains something other than spaces" is said the ECMA way, and any other pattern is
 * anchored at both ends.
 */
public class WholeMatchPatterns implements OpenApiCustomizer {

    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+");
    private static final String DOT_ALL_AROUND = "(?s).*";

    @Override
    public void customise(OpenAPI api) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        ApiOperations.forEach(api, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> visit(p.getSchema(), seen));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(m -> visit(m.getSchema(), seen));
            }
        });
    }

    private static void visit(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getPattern() != null) {
            rewrite(schema);
        }
        visit(schema.getItems(), seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, seen));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            visit(values, seen);
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> visit(part, seen));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void rewrite(Schema schema) {
        String pattern = schema.getPattern();
        if (WORDS.matcher(pattern).matches()) {
            if (schema.getEnum() == null) {
                schema.setEnum(new ArrayList<>(List.of(pattern.split("\\|"))));
            }
            schema.setPattern(null);
        } else if (pattern.startsWith(DOT_ALL_AROUND) && pattern.endsWith(".*")
                && pattern.length() > DOT_ALL_AROUND.length() + 2) {
            // anything around one thing: the thing, found anywhere, which is what a JSON Schema pattern does
            String inner = pattern.substring(DOT_ALL_AROUND.length(), pattern.length() - 2);
            schema.setPattern(inner.contains("|") ? "(?:" + inner + ")" : inner);
        } else if (!(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern(pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$");
        }
    }
}
