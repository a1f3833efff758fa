package org.backboneplanner.partner;

import org.backboneplanner.support.openapi.PathParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this service's path variables are, said once for the API document rather than on every method. */
@Configuration(proxyBeanMethods = false)
class ApiPathParameters {

    @Bean
    PathParameters partnerPathParameters() {
        return PathParameters.described()
                .with("partnerId", "A partner's `id` in the network's directory, as registering or searching "
                        + "answers it.")
                .with("resourceId", "A pooled resource's `id`, as pooling or listing resources answers it.");
    }
}
