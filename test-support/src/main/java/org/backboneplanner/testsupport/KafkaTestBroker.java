package org.backboneplanner.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backboneplanner.localservers.KraftBroker;
import org.springframework.util.FileSystemUtils;

/** A real Apache Kafka broker in KRaft mode, in this JVM, on a loopback port, with a throw-away log. */
public final class KafkaTestBroker implements AutoCloseable {

    private final Path directory;
    private final KraftBroker broker;

    private KafkaTestBroker(int port) {
        try {
            directory = Files.createTempDirectory("kafka-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = KraftBroker.start(directory, port);
    }

    public static KafkaTestBroker start() {
        return new KafkaTestBroker(0);
    }

    /** Starts on a given port: lets a test bring a broker up late, where a service already looks for it. */
    public static KafkaTestBroker startOn(int port) {
        return new KafkaTestBroker(port);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        broker.close();
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
