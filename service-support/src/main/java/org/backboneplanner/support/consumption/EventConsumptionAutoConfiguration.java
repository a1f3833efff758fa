package org.backboneplanner.support.consumption;

import org.apache.kafka.common.TopicPartition;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.support.signing.EventSigningProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Consumers share three rules. An event is applied once per sequence ({@link AppliedEvents},
 * {@link Projections}). A record that keeps failing for its own reasons goes to its topic's dead-letter
 * topic after bounded retries instead of blocking the partition; an unreadable or unsound one goes at
 * once (retrying cannot mend it). But while MongoDB is unreachable every record would fail alike: those
 * are retried with growing waits until it is back, never dead-lettered, so an outage loses nothing.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(name = {"org.springframework.kafka.core.KafkaTemplate",
        "org.springframework.data.mongodb.core.MongoTemplate", "org.springframework.boot.kafka.autoconfigure.KafkaProperties"})
@EnableConfigurationProperties(EventConsumptionProperties.class)
public class EventConsumptionAutoConfiguration {

    @Bean
    ConsumedEvents consumedEvents(EventSignature signature, EventSigningProperties signing) {
        return new ConsumedEvents(signature, signing.required());
    }

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
        handler.setBackOffFunction((record, e) -> outage(e) ? untilBack(properties) : null);
        return handler;
    }

    @Bean
    ProjectionRebuild projectionRebuild(MongoTemplate mongo, KafkaListenerEndpointRegistry listeners,
                                        KafkaProperties kafka, EventConsumptionProperties properties) {
        return new ProjectionRebuild(mongo, listeners, kafka.buildAdminProperties(), kafka.getConsumer().getGroupId(),
                properties);
    }

    private static ExponentialBackOff untilBack(EventConsumptionProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.outageBackoff().toMillis());
        return backOff; // no end: the record waits for the database, it is not at fault
    }

    /** Whether a failure says the database is away rather than that the event is wrong. */
    static boolean outage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
