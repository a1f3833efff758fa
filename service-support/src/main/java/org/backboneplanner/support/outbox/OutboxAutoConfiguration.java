package org.backboneplanner.support.outbox;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.WriteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox for a service that produces events: on when {@code backbone.outbox.collections} names
 * the collections holding outboxes. Its producer is idempotent and waits for every in-sync replica.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnProperty(prefix = "backbone.outbox", name = "collections")
@EnableConfigurationProperties({OutboxProperties.class, WriteProperties.class})
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafkaProperties, OutboxProperties properties,
                            ObjectProvider<OutboxObserver> observers, ObjectProvider<Clock> clock,
                            EventSignature signature) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // fail a send quickly while the broker is away; the relay retries it, the event stays stored
        int timeout = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 5000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        return new OutboxRelay(mongo, template, properties, observers.orderedStream().toList(),
                clock.getIfAvailable(Clock::systemUTC), signature);
    }

    /** Waiting and parked events in the health answer, so a stuck or refused event is seen, not silent. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    OutboxHealth outboxHealthIndicator(OutboxRelay relay) {
        return new OutboxHealth(relay);
    }

    @Bean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    OutboxMetrics outboxMetrics(OutboxRelay relay) {
        return new OutboxMetrics(relay);
    }

    @Bean
    OutboxStore outboxStore(MongoTemplate mongo, OutboxRelay relay) {
        return new OutboxStore(mongo, relay);
    }

    @Bean
    AggregateStore aggregateStore(OutboxStore outbox, WriteProperties writes, ObjectProvider<Clock> clock) {
        return new AggregateStore(outbox, writes, clock.getIfAvailable(Clock::systemUTC));
    }
}
