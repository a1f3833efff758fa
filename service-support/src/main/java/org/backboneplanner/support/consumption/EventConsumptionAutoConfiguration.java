package org.backboneplanner.support.consumption;

import org.apache.kafka.common.TopicPartition;
import org.backboneplanner.events.Topics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consumers share two rules: an event is applied once per sequence ({@link AppliedEvents}), and a
 * record that keeps failing goes to its topic's dead-letter topic after bounded retries instead of
 * blocking the partition. Unreadable records skip the retries: retrying cannot mend them.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(name = {"org.springframework.kafka.core.KafkaTemplate",
        "org.springframework.data.mongodb.core.MongoTemplate"})
@EnableConfigurationProperties(EventConsumptionProperties.class)
public class EventConsumptionAutoConfiguration {

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<Object, Object> template,
                                              EventConsumptionProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.maxRetries()));
        handler.addNotRetryableExceptions(IllegalArgumentException.class);
        return handler;
    }
}
