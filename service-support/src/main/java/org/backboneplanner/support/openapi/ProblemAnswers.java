package org.backboneplanner.support.openapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The errors each operation can answer, documented from what the operation is rather than annotated on every
 * method: all are {@code application/problem+json} with one {@code Problem} schema, as ProblemAdvice writes
 * them. An operation's own {@code @ApiResponse} for an error (a 403 or 429 of a rule its own) keeps its
 * description and gets the problem body. Operations on public paths need no token: no security, no 401.
 */
public class ProblemAnswers implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";

    /** The answers this customizer documents, each once under components/responses. */
    enum Answer {
        BAD_REQUEST("400", "BadRequest", "The request is invalid: `detail` says why and `errors` names each "
                + "field with what is wrong with it (an unknown value lists the allowed ones)."),
        UNAUTHORIZED("401", "Unauthorized", "No valid bearer token: missing, expired, or not issued by the "
                + "realm for this API."),
        FORBIDDEN("403", "Forbidden", "You may read this but not do this: the initiative's access rule lets "
                + "guests read and comment, partners and coordinators edit, coordinators manage members and "
                + "versions. `detail` says who may."),
        NOT_FOUND("404", "NotFound", "Nothing here by that id, or a network or initiative you may not see: "
                + "both answer 404, so nothing is told about what you may not read."),
        CONFLICT("409", "Conflict", "The change conflicts with what is stored: a duplicate (`existing` shows "
                + "it, when known), a limit reached, a move the lifecycle does not allow, or many changes at "
                + "once (nothing of yours was stored; try again)."),
        PRECONDITION_FAILED("412", "PreconditionFailed", "Someone changed this since you read it: `current` "
                + "is what is stored now and the `ETag` header its tag. Apply your change to it and send again."),
        CONTENT_TOO_LARGE("413", "ContentTooLarge", "The request body is over the limit (256 KB; 2 MB for a "
                + "partner import), or the change would make something too large to share."),
        PRECONDITION_REQUIRED("428", "PreconditionRequired", "A change needs `If-Match` with the ETag you "
                + "read; `*` is refused, since it would overwrite changes you have not seen."),
        TOO_MANY_REQUESTS("429", "TooManyRequests", "Over a limit of how many or how often; `Retry-After` "
                + "says how many seconds to wait.");

        final String code;
        final String component;
        final String description;

        Answer(String code, String component, String description) {
            this.code = code;
            this.component = component;
            this.description = description;
        }

        static Answer of(String code) {
            for (Answer answer : values()) {
                if (answer.code.equals(code)) {
                    return answer;
                }
            }
            return null;
        }
    }

    private final List<String> publicPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    public ProblemAnswers(List<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Set<Answer> referenced = EnumSet.noneOf(Answer.class);
        boolean[] problemBody = {false};
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean open = publicPaths.stream().anyMatch(pattern -> paths.match(pattern, path));
            if (open) {
                operation.setSecurity(new ArrayList<>());
            }
            ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
            responses.forEach((code, response) -> {
                Answer answer = Answer.of(code);
                if (answer != null && response.get$ref() == null) {
                    withProblemBody(response, answer);
                    problemBody[0] = true;
                }
            });
            if (!answersOf(path, method, operation, open).isEmpty() || problemBodyIn(responses)) {
                speaksTheCallersLanguage(operation);
            }
            for (Answer answer : answersOf(path, method, operation, open)) {
                if (!responses.containsKey(answer.code)) {
                    responses.addApiResponse(answer.code, new ApiResponse().$ref(answer.component));
                    referenced.add(answer);
                }
            }
            operation.setResponses(sorted(responses));
        }));
        if (referenced.isEmpty() && !problemBody[0]) {
            return;
        }
        if (api.getComponents() == null) {
            api.components(new io.swagger.v3.oas.models.Components());
        }
        api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
        for (Answer answer : referenced) {
            api.getComponents().addResponses(answer.component,
                    withProblemBody(new ApiResponse().description(answer.description), answer));
        }
    }

    /** What an operation can answer, from its method, path, parameters and body. */
    static Set<Answer> answersOf(String path, HttpMethod method, Operation operation, boolean open) {
        Set<Answer> answers = EnumSet.noneOf(Answer.class);
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters() : List.of();
        boolean pathVariables = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean conditional = parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        if (body || parameters.stream().anyMatch(ProblemAnswers::checked)) {
            answers.add(Answer.BAD_REQUEST);
        }
        if (!open) {
            answers.add(Answer.UNAUTHORIZED);
        }
        if (write && path.contains("{initiativeId}")) {
            answers.add(Answer.FORBIDDEN);
        }
        if (pathVariables) {
            answers.add(Answer.NOT_FOUND);
        }
        if (write && pathVariables) {
            answers.add(Answer.CONFLICT);
        }
        if (conditional) {
            answers.add(Answer.PRECONDITION_FAILED);
            answers.add(Answer.PRECONDITION_REQUIRED);
        }
        if (body) {
            answers.add(Answer.CONTENT_TOO_LARGE);
        }
        return answers;
    }

    /** A query parameter the service checks: required, typed other than text, or constrained. */
    private static boolean checked(Parameter parameter) {
        if (!"query".equals(parameter.getIn())) {
            return false;
        }
        Schema<?> schema = parameter.getSchema();
        return Boolean.TRUE.equals(parameter.getRequired()) || schema == null
                || !"string".equals(schema.getType()) && !(schema.getTypes() != null && schema.getTypes().contains("string"))
                || schema.getEnum() != null || schema.getPattern() != null || schema.getMaxLength() != null
                || schema.getFormat() != null;
    }

    private static boolean problemBodyIn(ApiResponses responses) {
        return responses.keySet().stream().anyMatch(code -> Answer.of(code) != null);
    }

    /** Problems are written in the language the caller asks for: each operation that may answer one says so. */
    private static void speaksTheCallersLanguage(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Accept-Language".equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(acceptLanguage());
    }

    private static Parameter acceptLanguage() {
        Schema<Object> schema = Schemas.ofType("string", null);
        schema.setExample("en");
        return new Parameter().in("header").name("Accept-Language").required(false)
                .description("The language of a problem's `title`, `detail` and `errors[].message`: `fr` or `en` "
                        + "(RFC 9110 ranges, e.g. `en-CA,en;q=0.9`). French when absent or when neither is asked "
                        + "for. The problem's `code`s are the same in every language.")
                .schema(schema);
    }

    private static ApiResponse withProblemBody(ApiResponse response, Answer answer) {
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(Schemas.ref(PROBLEM))));
        if (answer == Answer.PRECONDITION_FAILED) {
            response.addHeaderObject("ETag", new Header().description("The tag of what is stored now.")
                    .schema(Schemas.ofType("string", null)));
        }
        if (answer == Answer.TOO_MANY_REQUESTS) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                    .schema(Schemas.ofType("integer", null)));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(answer.description);
        }
        return response;
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        Map<String, ApiResponse> byCode = new LinkedHashMap<>();
        responses.keySet().stream().sorted().forEach(code -> byCode.put(code, responses.get(code)));
        byCode.forEach(sorted::addApiResponse);
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }

    /** RFC 9457 problem details, as every service and the gateway answer them. */
    private static Schema<Object> problem() {
        Schema<Object> problem = Schemas.ofType("object", "An error, as RFC 9457 problem details.");
        problem.addProperty("type", Schemas.ofType("string", "A URI naming the kind of problem; `about:blank` "
                + "here, so `status` and `title` say it.").format("uri-reference"));
        problem.addProperty("title", Schemas.ofType("string", "The kind of problem, in a few words."));
        problem.addProperty("status", Schemas.ofType("integer", "The HTTP status.").format("int32"));
        problem.addProperty("detail", Schemas.ofType("string", "What went wrong this time, and what to do."));
        problem.addProperty("instance", Schemas.ofType("string", "The path that answered.").format("uri-reference"));
        problem.addProperty("code", Schemas.ofType("string", "A stable machine code for the kind of problem, the "
                + "same in every language: `not-found`, `forbidden`, `invalid-input`, `unreadable`, `duplicate`, "
                + "`limit-reached`, `last-coordinator`, `not-mature`, `status-transition`, `busy`, `stale-version`, "
                + "`version-required`, `too-large`, `invitation-quota`, `live-limit`, `import-refused`, "
                + "`unauthorized`, `internal`... Test this, not `title` or `detail`, which are written in the "
                + "caller's language (`Accept-Language`).").example("stale-version"));
        problem.addProperty("errors", Schemas.ofType("array", "For invalid input (400): each field and what is "
                + "wrong with it.").items(Schemas.ref(FIELD_PROBLEM)));
        problem.addProperty("current", Schemas.ofType("object", "For a stale change (412): what is stored now, "
                + "shaped as reading it answers."));
        problem.addProperty("existing", Schemas.ofType("object", "For a duplicate (409), when known: what it "
                + "duplicates."));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }

    private static Schema<Object> fieldProblem() {
        Schema<Object> field = Schemas.ofType("object", "One field of the request and what is wrong with it.");
        field.addProperty("field", Schemas.ofType("string", "The field's path in the request: `name`, "
                + "`contacts[0].email`, or a parameter's name."));
        field.addProperty("code", Schemas.ofType("string", "A stable code for the rule it breaks: `required`, "
                + "`not-blank`, `size`, `range`, `one-of`, `invalid-value`, `type`, `one-line`, `control-characters`, "
                + "`email`, `date-range`, `horizon`, `unknown-partner`, `not-member`...").example("size"));
        field.addProperty("message", Schemas.ofType("string", "What is wrong with it and what to do, in the "
                + "caller's language."));
        field.addProperty("line", Schemas.ofType("integer", "For a file (a partner import): the line it is on.")
                .format("int32"));
        field.setRequired(List.of("field", "code", "message"));
        return field;
    }
}
