package org.backboneplanner.gateway.routing;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Several instances per service behind the routes (see {@link ServiceInstances}). */
@Configuration(proxyBeanMethods = false)
class InstancesConfiguration {

    @Bean
    ServiceInstances serviceInstances(ServiceAddresses addresses, Clock clock,
                                      @Value("${backbone.gateway.instances.rest-after-refusal:10s}") Duration rest) {
        return new ServiceInstances(addresses, rest, clock);
    }

    @Bean
    RefusedConnections refusedConnections(ServiceInstances instances) {
        return new RefusedConnections(instances);
    }
}
