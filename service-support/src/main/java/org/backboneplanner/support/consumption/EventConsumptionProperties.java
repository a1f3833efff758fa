package org.backboneplanner.support.consumption;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a consumer treats an event it cannot apply, and what it rebuilds.
 *
 * @param retryInterval   wait between attempts for an event that fails for its own reasons
 * @param maxRetries      such attempts after the first before the record goes to the dead-letter topic
 * @param outageBackoff   the longest wait between attempts while MongoDB is unreachable; those attempts
 *                        never end in the dead-letter topic (every record would fail alike)
 * @param projections     the collections this service builds from the topics, dropped by a rebuild
 * @param rebuild         drop the projections and read the topics again from their beginning at start-up
 *                        (run one instance so, with the others stopped)
 */
@ConfigurationProperties("backbone.consumption")
public record EventConsumptionProperties(@DefaultValue("500ms") Duration retryInterval,
                                         @DefaultValue("3") long maxRetries,
                                         @DefaultValue("30s") Duration outageBackoff,
                                         @DefaultValue List<String> projections,
                                         @DefaultValue("false") boolean rebuild) {
}
