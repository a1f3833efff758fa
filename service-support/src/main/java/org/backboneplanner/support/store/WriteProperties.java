package org.backboneplanner.support.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How writes racing on one aggregate behave.
 *
 * @param maxAttempts attempts a write makes before it gives up (answered 409 "busy")
 * @param backoffStep the wait after attempt n is random, up to n times this
 */
@ConfigurationProperties("backbone.writes")
public record WriteProperties(@DefaultValue("20") int maxAttempts, @DefaultValue("5ms") Duration backoffStep) {
}
