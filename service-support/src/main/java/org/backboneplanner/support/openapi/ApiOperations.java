package org.backboneplanner.support.openapi;

import java.util.function.Consumer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

/** Every operation of a document, for the customizers that change each one the same way. */
final class ApiOperations {

    private ApiOperations() {
    }

    static void forEach(OpenAPI api, Consumer<Operation> change) {
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(change));
        }
    }
}
