package org.backboneplanner.support.openapi;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * How a client changes something without overwriting what others changed meanwhile: every part that can be
 * changed has an ETag, answered when it is read or changed, and required back in {@code If-Match} (controllers
 * take the header as optional so that its absence is a 428 problem, not a bare 400). Creations answer 201
 * with where the new thing is.
 */
public class ConditionalRequests implements OpenApiCustomizer {

    static final String IF_MATCH = "The `ETag` of this part as you last read it (from reading it, from the "
            + "answer to your last change of it, or from its `etag` field in a larger view). A stale one is "
            + "answered 412 with what is stored now; `*` or none is answered 428.";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> {
            boolean conditional = false;
            for (Operation operation : item.readOperations()) {
                Parameter ifMatch = ifMatch(operation);
                if (ifMatch != null) {
                    conditional = true;
                    ifMatch.required(true).description(IF_MATCH).schema(Schemas.ofType("string", null));
                    tagged(operation, "The tag of this part as changed; send it in `If-Match` to change it again.");
                }
                if (operation.getResponses() != null && operation.getResponses().get("201") != null) {
                    operation.getResponses().get("201").addHeaderObject("Location", new Header()
                            .description("Where the new resource is.").schema(Schemas.ofType("string", null)
                                    .format("uri-reference")));
                }
            }
            if (conditional && item.getGet() != null) {
                tagged(item.getGet(), "The tag of this part as read; send it in `If-Match` to change it.");
            }
        });
    }

    private static Parameter ifMatch(Operation operation) {
        List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters() : List.of();
        return parameters.stream()
                .filter(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void tagged(Operation operation, String description) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.get$ref() == null) {
                response.addHeaderObject("ETag", new Header().description(description)
                        .schema(Schemas.ofType("string", null)));
            }
        });
    }
}
