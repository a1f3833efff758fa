package org.backboneplanner.support.openapi;

import java.util.List;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.ServiceWebProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Every service describes its API at {@code /v3/api-docs}; the gateway gathers them. Paths are given
 * relative to the gateway ("/"), the caller is a bearer token, and the {@link Member} argument that
 * controllers take is the token's, not a request parameter. What integrators need on every operation
 * (its error answers, conditional writes, what path variables are) is added here, not on each method.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
@EnableConfigurationProperties(ApiDocumentProperties.class)
public class OpenApiAutoConfiguration {

    /** What holds for every operation of every service, said once at the top of each document. */
    static final String CONVENTIONS = """
            Every call carries a bearer token from the sign-in realm (audience `backbone-api`). \
            Lists answer `{items, page, size, total}`; a creation answers 201 with `Location`. \
            Every part that can be changed has an `ETag`, required in `If-Match` to change it: \
            a stale one is answered 412 with what is stored now. Every error is RFC 9457 \
            `application/problem+json`, with `errors: [{field, message}]` for invalid input.""";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Member.class);
    }

    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service, @Value("${info.owns:}") String owns,
                       ApiDocumentProperties properties) {
        String description = owns.isBlank() ? CONVENTIONS : "Owns " + owns + ".\n\n" + CONVENTIONS;
        return new OpenAPI()
                .info(new Info().title("Backbone Planner — " + service).version("v1").description(description)
                        .license(new License().name(properties.licenseName())
                                .identifier(properties.licenseIdentifier()))
                        .contact(new Contact().name(properties.contactName()).url(properties.contactUrl())
                                .email(properties.contactEmail())))
                .addServersItem(new Server().url("/").description("through the gateway"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Paths answered without a token ({@code backbone.web.public-paths}) need no security and answer no 401. */
    @Bean
    ProblemAnswers problemAnswers(ObjectProvider<ServiceWebProperties> web) {
        ServiceWebProperties properties = web.getIfAvailable();
        return new ProblemAnswers(properties != null ? properties.publicPaths() : List.of());
    }

    @Bean
    ConditionalRequests conditionalRequests() {
        return new ConditionalRequests();
    }

    @Bean
    JsonAnswers jsonAnswers() {
        return new JsonAnswers();
    }

    @Bean
    WholeMatchPatterns wholeMatchPatterns() {
        return new WholeMatchPatterns();
    }

    /** The path variables every service's paths start with. */
    @Bean
    PathParameters networkPathParameters() {
        return PathParameters.described()
                .with("networkId", "The network: its alias in the sign-in realm (`monteregie`), as `GET /api/me` "
                        + "lists the caller's networks. A network you are not a member of answers 404.")
                .with("initiativeId", "The initiative's `id`, as creating or listing initiatives answers it.");
    }
}
