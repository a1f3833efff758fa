package org.backboneplanner.support.openapi;

import org.backboneplanner.support.security.Member;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Every service describes its API at {@code /v3/api-docs}; the gateway gathers them. Paths are given
 * relative to the gateway ("/"), the caller is a bearer token, and the {@link Member} argument that
 * controllers take is the token's, not a request parameter.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Member.class);
    }

    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service,
                       @Value("${info.owns:}") String owns) {
        return new OpenAPI()
                .info(new Info().title("Backbone Planner — " + service).version("v1").description(owns))
                .addServersItem(new Server().url("/").description("through the gateway"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
