package org.backboneplanner.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * What Spring Security does on every call, at less cost (Flight Recorder under load, docs/performance.md):
 * the firewall's header checks without a regular expression, and no observation of each security filter.
 */
@Configuration(proxyBeanMethods = false)
class PerCallChecks {

    /**
     * Spring's strict firewall, whose header names and values are checked by {@link VisibleText} instead of a
     * regular expression run over every character of every header each time one is read (4 % of the gateway's
     * samples); the rule is the same.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(VisibleText::headerName);
        firewall.setAllowedHeaderValues(VisibleText::headerValue);
        return firewall;
    }

    /**
     * No observation of each security filter, authentication and authorization: with no tracer they only fed
     * timers, and each filter of the chain was wrapped for it on every call. The server's own
     * {@code http.server.requests} still times each request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
