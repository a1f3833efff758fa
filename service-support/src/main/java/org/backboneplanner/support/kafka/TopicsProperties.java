package org.backboneplanner.support.kafka;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics a service produces to or consumes from; each is created (with its dead-letter topic)
 * at start-up if missing.
 *
 * @param names      topic names
 * @param partitions partitions of each (events of one aggregate share a key, hence a partition)
 * @param replicas   replication factor: 1 on one machine, 3 in production
 */
@ConfigurationProperties("backbone.kafka.topics")
public record TopicsProperties(@DefaultValue List<String> names, @DefaultValue("3") int partitions,
                               @DefaultValue("1") short replicas) {
}
