package org.backboneplanner.debrief;

import org.backboneplanner.debrief.answers.DebriefQuestion;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.openapi.PathParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this service's path variables are, said once for the API document rather than on every method. */
@Configuration(proxyBeanMethods = false)
class ApiPathParameters {

    @Bean
    PathParameters debriefPathParameters() {
        return PathParameters.described()
                .with("question", "One of the debrief's three questions; another name answers 404.",
                        DebriefQuestion.class)
                .with("roleKey", "One of the six roles of a backbone infrastructure, in the worksheet's order; "
                        + "another key answers 404.", BackboneRole.class);
    }
}
