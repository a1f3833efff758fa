package org.backboneplanner.localservers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on loopback, in memory for tests or in an H2
 * file so a restart loses nothing. It has no transactions, so services write one document atomically;
 * {@link OneCommandAtATime} makes sure readers see such a write whole too.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoWireServer(MongoBackend backend, int port) {
        server = new MongoServer(new OneCommandAtATime(backend));
        server.bind("127.0.0.1", port);
        address = server.getLocalAddress();
    }

    public static MongoWireServer inMemory(int port) {
        return new MongoWireServer(new MemoryBackend(), port);
    }

    /** Keeps its data in {@code file}; started again on the same file, it has all it had. */
    public static MongoWireServer inFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new MongoWireServer(new H2Backend(file.toAbsolutePath().toString()), port);
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
