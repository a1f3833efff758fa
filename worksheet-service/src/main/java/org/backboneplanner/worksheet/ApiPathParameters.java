package org.backboneplanner.worksheet;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.support.openapi.PathParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this service's path variables are, said once for the API document rather than on every method. */
@Configuration(proxyBeanMethods = false)
class ApiPathParameters {

    @Bean
    PathParameters worksheetPathParameters() {
        return PathParameters.described()
                .with("roleKey", "One of the six roles of a backbone infrastructure, in the worksheet's order; "
                        + "another key answers 404.", BackboneRole.class)
                .with("plan", "One of a mature initiative's two plans; another name answers 404.", PlanKind.class)
                .with("stepId", "A next step's `id`, as planning it or reading the worksheet answers it.")
                .with("membershipId", "A membership's `id` (a member or an invitation), as the list of members "
                        + "answers it.")
                .with("versionId", "An adopted version's `id`, as adopting or listing versions answers it.");
    }
}
