package org.backboneplanner.gateway.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the gateway passes on, the same as the services': it refuses a larger
 * one itself (413) instead of streaming it to a service.
 *
 * @param max         the limit for the API (the services' {@code backbone.web.max-request-body})
 * @param maxImport   the limit for imports (partner-service's limit, for a directory's CSV)
 * @param importPaths the paths of imports (POST only)
 */
@ConfigurationProperties("backbone.gateway.request-body")
public record RequestBodyProperties(
        @DefaultValue("256KB") DataSize max,
        @DefaultValue("2MB") DataSize maxImport,
        @DefaultValue("/api/networks/*/partners/import") List<String> importPaths) {
}
