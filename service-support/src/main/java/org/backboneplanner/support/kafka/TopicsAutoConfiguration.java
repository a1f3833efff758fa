package org.backboneplanner.support.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.backboneplanner.events.Topics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the service's topics and their dead-letter topics, so Spring Kafka's admin creates them; the
 * topics keep every event (no time limit), the ground every projection is rebuilt from.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.kafka.core.KafkaAdmin")
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics backboneTopics(TopicsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : properties.names()) {
            // every event is kept, so any projection can be rebuilt from the beginning (see ProjectionRebuild)
            topics.add(TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas())
                    .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build());
            topics.add(TopicBuilder.name(Topics.deadLetter(name)).partitions(1).replicas(properties.replicas()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
