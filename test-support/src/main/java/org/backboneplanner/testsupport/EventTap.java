package org.backboneplanner.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;

/** Reads a topic from its beginning, as a consumer group of its own, to see what a service published. */
public final class EventTap implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public EventTap(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Polls until the events of one aggregate satisfy {@code done}, then returns them in order. */
    public List<EventEnvelope> awaitEvents(String aggregateId, Predicate<List<EventEnvelope>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            List<EventEnvelope> events = events(aggregateId);
            if (done.test(events)) {
                return events;
            }
        }
        throw new AssertionError("events of " + aggregateId + " never satisfied the condition; saw " + events(aggregateId));
    }

    /** Reads what arrived since the last poll. */
    public void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    /** Every record read so far, whatever its key. */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, String>> records(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private List<EventEnvelope> events(String aggregateId) {
        return records(aggregateId).stream().map(r -> EventJson.read(r.value())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
