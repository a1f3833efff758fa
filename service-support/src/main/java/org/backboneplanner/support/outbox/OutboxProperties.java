package org.backboneplanner.support.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay.
 *
 * @param collections   the MongoDB collections whose documents carry an {@code outbox} array
 * @param pollInterval  how often the relay looks for events nobody told it about (e.g. after a restart)
 * @param maxBackoff    the longest wait between attempts while Kafka is unreachable
 * @param sendTimeout   how long one send may wait for the broker's acknowledgement
 * @param batchSize     documents read per pass, so a backlog never loads at once
 * @param lease         how long an instance relays after its last renewal; outlasts a send's timeout
 * @param maxEventBytes an event larger than this is parked, never sent (Kafka's own limit is 1 MB)
 */
@ConfigurationProperties("backbone.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("1000000") int maxEventBytes) {
}
