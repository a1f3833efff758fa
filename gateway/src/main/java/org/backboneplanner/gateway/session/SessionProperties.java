package org.backboneplanner.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in sessions, kept in MongoDB so that any gateway serves any member.
 *
 * @param timeout    how long a session lives without a request
 * @param collection where the sessions are kept, in the gateway's database
 * @param sweepEvery how often expired sessions are removed: the MongoDB wire-protocol server has no TTL
 *                   expiry, and a session nobody reads again would otherwise stay for ever
 */
@ConfigurationProperties("backbone.gateway.session")
public record SessionProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("sessions") String collection,
                                @DefaultValue("1m") Duration sweepEvery) {
}
