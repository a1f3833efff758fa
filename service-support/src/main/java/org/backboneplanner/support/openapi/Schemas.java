package org.backboneplanner.support.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/** Schemas written by hand into the documents, which springdoc writes as OpenAPI 3.1 (JSON Schema). */
final class Schemas {

    private Schemas() {
    }

    static Schema<Object> ofType(String type, String description) {
        Schema<Object> schema = new JsonSchema();
        // 3.1 writes types, 3.0 writes type: set both so the schema reads the same either way
        schema.setType(type);
        schema.addType(type);
        return schema.description(description);
    }

    static Schema<Object> ref(String component) {
        return new JsonSchema().$ref("#/components/schemas/" + component);
    }
}
