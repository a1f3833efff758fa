package org.backboneplanner.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Apache Kafka broker in KRaft mode, in this JVM, on a loopback port. */
public final class KafkaTestBroker implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaTestBroker(int port) {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        if (port > 0) {
            broker.kafkaPorts(port);
        }
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", "3");
        broker.afterPropertiesSet();
    }

    public static KafkaTestBroker start() {
        return new KafkaTestBroker(0);
    }

    /** Starts on a given port: lets a test start the broker late on the address a service already uses. */
    public static KafkaTestBroker startOn(int port) {
        return new KafkaTestBroker(port);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    public EmbeddedKafkaKraftBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
