package org.backboneplanner.support.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * What the path variables of an API are, said once per name rather than on every method that takes them:
 * a description, and for a name that takes one of a fixed set of keys, the keys. A service declares its
 * own as a bean; the ones every service shares come with service-support.
 */
public final class PathParameters implements OpenApiCustomizer {

    private record Described(String description, List<String> values) {
    }

    private final Map<String, Described> byName = new LinkedHashMap<>();

    private PathParameters() {
    }

    public static PathParameters described() {
        return new PathParameters();
    }

    public PathParameters with(String name, String description) {
        byName.put(name, new Described(description, null));
        return this;
    }

    /** A path variable that takes the name of one of {@code values}' constants. */
    public PathParameters with(String name, String description, Class<? extends Enum<?>> values) {
        byName.put(name, new Described(description,
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList()));
        return this;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiOperations.forEach(api, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> "path".equals(p.getIn())).forEach(this::describe);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void describe(Parameter parameter) {
        Described described = byName.get(parameter.getName());
        if (described == null) {
            return;
        }
        if (parameter.getDescription() == null) {
            parameter.setDescription(described.description());
        }
        if (described.values() != null && (parameter.getSchema() == null || parameter.getSchema().getEnum() == null)) {
            // a schema of its own: springdoc may share one string schema among path variables of different names
            Schema schema = Schemas.ofType("string", null);
            schema.setEnum(new ArrayList<>(described.values()));
            parameter.setSchema(schema);
        }
    }
}
