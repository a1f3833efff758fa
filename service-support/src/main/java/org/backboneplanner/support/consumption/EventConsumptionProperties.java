package org.backboneplanner.support.consumption;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a consumer treats an event it cannot apply.
 *
 * @param retryInterval wait between attempts
 * @param maxRetries    attempts after the first before the record goes to the dead-letter topic
 */
@ConfigurationProperties("backbone.consumption")
public record EventConsumptionProperties(@DefaultValue("500ms") Duration retryInterval,
                                         @DefaultValue("3") long maxRetries) {
}
