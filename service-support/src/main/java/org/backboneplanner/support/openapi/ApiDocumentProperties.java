package org.backboneplanner.support.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every API document says about who stands behind the API. A deployment names its own contact (the
 * people integrators write to); the license is the project's.
 *
 * @param licenseName       the license's name
 * @param licenseIdentifier its SPDX identifier
 * @param contactName       who answers integrators
 * @param contactUrl        where to reach them, if anywhere public
 * @param contactEmail      their address, if any
 */
@ConfigurationProperties("backbone.api-docs")
public record ApiDocumentProperties(@DefaultValue("Apache License 2.0") String licenseName,
                                    @DefaultValue("Apache-2.0") String licenseIdentifier,
                                    @DefaultValue("Backbone Planner maintainers") String contactName,
                                    String contactUrl,
                                    String contactEmail) {
}
