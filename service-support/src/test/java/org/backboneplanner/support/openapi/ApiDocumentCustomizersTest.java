package org.backboneplanner.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The documents' shared parts, applied to operations shaped as springdoc reads them from controllers. */
class ApiDocumentCustomizersTest {

    private static final String ROLE = "/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/roles/{roleKey}";

    @Test
    void aConditionalWriteAnswersEveryProblemOfAChangeAsProblemJson() {
        Operation change = operation(path("networkId"), path("initiativeId"), path("roleKey"), header("If-Match"))
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json", new MediaType())));
        OpenAPI api = api(ROLE, new PathItem().patch(change));

        new ProblemAnswers(List.of()).customise(api);

        assertThat(change.getResponses().keySet())
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "428");
        assertThat(change.getResponses().get("412").get$ref()).isEqualTo("#/components/responses/PreconditionFailed");
        ApiResponse stale = api.getComponents().getResponses().get("PreconditionFailed");
        assertThat(stale.getContent().get(ProblemAnswers.PROBLEM_JSON).getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(stale.getHeaders()).containsKey("ETag");
        assertThat(api.getComponents().getResponses().get("PreconditionRequired").getDescription()).contains("If-Match");
    }

    @Test
    void aReadOfAListNeedsATokenAndNamesNoChangeProblem() {
        Operation list = operation(query("page", integer()));
        OpenAPI api = api("/api/me/things", new PathItem().get(list));

        new ProblemAnswers(List.of()).customise(api);

        assertThat(list.getResponses().keySet()).containsExactly("200", "400", "401");
        assertThat(api.getComponents().getResponses()).containsOnlyKeys("BadRequest", "Unauthorized");
    }

    @Test
    void aPublicPathNeedsNoTokenAndAnswersNo401() {
        Operation unsubscribe = operation(query("token", string()));
        OpenAPI api = api("/api/unsubscribe", new PathItem().post(unsubscribe));

        new ProblemAnswers(List.of("/api/unsubscribe")).customise(api);

        assertThat(unsubscribe.getSecurity()).isEmpty();
        assertThat(unsubscribe.getResponses().keySet()).containsExactly("200");
    }

    @Test
    void anOperationsOwnProblemKeepsItsWordsAndGetsTheProblemBody() {
        Operation log = operation(path("networkId"));
        log.getResponses().addApiResponse("403", new ApiResponse().description("For the network's administrators."));
        OpenAPI api = api("/api/networks/{networkId}/mail-log", new PathItem().get(log));

        new ProblemAnswers(List.of()).customise(api);

        ApiResponse forbidden = log.getResponses().get("403");
        assertThat(forbidden.getDescription()).isEqualTo("For the network's administrators.");
        assertThat(forbidden.getContent().get(ProblemAnswers.PROBLEM_JSON).getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(log.getResponses().keySet()).containsExactly("200", "401", "403", "404");
    }

    @Test
    void theProblemSchemaHasTheRfc9457FieldsACodeTheFieldErrorsAndTheCurrentState() {
        OpenAPI api = api(ROLE, new PathItem().get(operation(path("roleKey"))));

        new ProblemAnswers(List.of()).customise(api);

        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "code",
                "errors", "current");
        assertThat(problem.getRequired()).contains("code");
        assertThat(problem.getProperties().get("errors").getItems().get$ref())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(api.getComponents().getSchemas().get("FieldProblem").getRequired())
                .containsExactlyInAnyOrder("field", "code", "message");
    }

    @Test
    void everyOperationThatMayAnswerAProblemTakesAcceptLanguage() {
        Operation read = operation(path("roleKey"));
        OpenAPI api = api(ROLE, new PathItem().get(read));

        new ProblemAnswers(List.of()).customise(api);

        Parameter language = read.getParameters().stream().filter(p -> "Accept-Language".equals(p.getName()))
                .findFirst().orElseThrow();
        assertThat(language.getIn()).isEqualTo("header");
        assertThat(language.getRequired()).isFalse();
        assertThat(language.getDescription()).contains("fr", "en", "French when absent");
    }

    @Test
    void aConditionalWriteRequiresIfMatchAndItsPartAnswersItsETag() {
        Operation read = operation(path("roleKey"));
        Operation change = operation(path("roleKey"), header("If-Match"));
        Operation create = operation(path("roleKey"));
        create.getResponses().addApiResponse("201", new ApiResponse().description("Created"));
        OpenAPI api = api(ROLE, new PathItem().get(read).patch(change).post(create));

        new ConditionalRequests().customise(api);

        Parameter ifMatch = change.getParameters().get(1);
        assertThat(ifMatch.getRequired()).isTrue();
        assertThat(ifMatch.getDescription()).contains("412").contains("428");
        assertThat(change.getResponses().get("200").getHeaders()).containsKey("ETag");
        assertThat(read.getResponses().get("200").getHeaders()).containsKey("ETag");
        assertThat(create.getResponses().get("201").getHeaders()).containsKey("Location");
    }

    @Test
    void aPathVariableNamedOnceIsDescribedWithItsKeysEverywhere() {
        Parameter roleKey = path("roleKey");
        OpenAPI api = api(ROLE, new PathItem().get(operation(roleKey)));

        PathParameters.described().with("roleKey", "One of the six roles.", BackboneRole.class).customise(api);

        assertThat(roleKey.getDescription()).isEqualTo("One of the six roles.");
        assertThat(roleKey.getSchema().getEnum()).hasSize(6).contains("VISION_STRATEGY", "RESOURCES");
    }

    @Test
    void bodyPatternsMatchTheWholeValueAsBeanValidationDoes() {
        Schema<Object> language = string().pattern("fr|en");
        Schema<Object> name = string().pattern("(?s).*\\S.*");
        Schema<Object> website = string().pattern("https?://\\S+");
        Schema<Object> anchored = string().pattern("^[a-z]+$");
        Schema<Object> input = Schemas.ofType("object", null);
        input.addProperty("language", language);
        input.addProperty("name", name);
        input.addProperty("website", website);
        input.addProperty("languages", Schemas.ofType("array", null).items(anchored));
        OpenAPI api = api(ROLE, new PathItem().get(operation()));
        api.components(new io.swagger.v3.oas.models.Components().addSchemas("Input", input));

        new WholeMatchPatterns().customise(api);

        assertThat(language.getPattern()).isNull();
        assertThat(language.getEnum()).containsExactly("fr", "en");
        assertThat(name.getPattern()).isEqualTo("\\S");
        assertThat(website.getPattern()).isEqualTo("^https?://\\S+$");
        assertThat(anchored.getPattern()).isEqualTo("^[a-z]+$");
    }

    @Test
    void answersOfUnnamedTypeAreJson() {
        Operation read = operation();
        read.getResponses().get("200").content(new Content().addMediaType("*/*", new MediaType().schema(string())));
        OpenAPI api = api("/api/me", new PathItem().get(read));

        new JsonAnswers().customise(api);

        assertThat(read.getResponses().get("200").getContent()).containsOnlyKeys("application/json");
    }

    private static OpenAPI api(String path, PathItem item) {
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }

    private static Operation operation(Parameter... parameters) {
        return new Operation().parameters(new java.util.ArrayList<>(List.of(parameters)))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    private static Parameter path(String name) {
        return new Parameter().in("path").name(name).required(true).schema(string());
    }

    private static Parameter header(String name) {
        return new Parameter().in("header").name(name).required(false).schema(string());
    }

    private static Parameter query(String name, Schema<Object> schema) {
        return new Parameter().in("query").name(name).required(false).schema(schema);
    }

    private static Schema<Object> string() {
        return Schemas.ofType("string", null);
    }

    private static Schema<Object> integer() {
        return Schemas.ofType("integer", null);
    }
}
