package org.backboneplanner.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A MongoDB wire-protocol server (mongo-java-server) in memory, on a loopback port. */
public final class MongoTestServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoTestServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        address = server.getLocalAddress();
    }

    public static MongoTestServer start() {
        return new MongoTestServer();
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
