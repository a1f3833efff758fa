package org.backboneplanner.testsupport;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.support.signing.EventSignature;

/**
 * Publishes events to a real topic as a producing service would (signed with the development key the
 * services use in tests), to test a consumer on its own; or as a forger would, unsigned or with another key.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    public void publish(String topic, EventEnvelope event) {
        publishSignedWith(EventSignature.ofDevelopmentKey(), topic, event);
    }

    /**
     * Sends many events without waiting for each one's acknowledgement (the producer batches them), and returns once
     * every one is acknowledged: a topic filled as fast as a busy producing service would fill it.
     */
    public void publishAll(String topic, java.util.List<EventEnvelope> events) {
        EventSignature signature = EventSignature.ofDevelopmentKey();
        java.util.List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (EventEnvelope event : events) {
            String json = EventJson.write(event);
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), json);
            record.headers().add(EventSignature.HEADER, signature.sign(json));
            sent.add(producer.send(record));
        }
        producer.flush();
        for (java.util.concurrent.Future<?> one : sent) {
            try {
                one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Sends an event signed with a key of one's own: what someone without the services' key could do. */
    public void publishSignedWith(EventSignature signature, String topic, EventEnvelope event) {
        String json = EventJson.write(event);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), json);
        record.headers().add(EventSignature.HEADER, signature.sign(json));
        send(record);
    }

    /** Sends any text, unsigned, e.g. a poison message or a forgery. */
    public void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
