package org.backboneplanner.localservers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;

import io.netty.channel.Channel;

/**
 * Makes mongo-java-server's single-document writes atomic for readers too. Its backends update a
 * stored document in place, field by field, and answer a read with the stored document itself, which
 * is encoded after the collection's lock is released: a read racing a write could then see the new
 * {@code revision} with the old rest, and a conditional write made from it would silently undo the
 * write it raced (a lost update, as MongoDB never allows). Here each command runs alone and answers
 * with a copy taken before the next command starts. One at a time is plenty for tests and one machine.
 */
final class OneCommandAtATime implements MongoBackend {

    private final MongoBackend backend;
    private final ReentrantLock lock = new ReentrantLock();

    OneCommandAtATime(MongoBackend backend) {
        this.backend = backend;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return alone(() -> copy(backend.handleCommand(channel, database, command, query)));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return alone(() -> copy(backend.handleMessage(message)));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return alone(() -> {
            QueryResult result = backend.handleQuery(query);
            List<Document> copies = new ArrayList<>();
            result.forEach(document -> copies.add(copy(document)));
            return new QueryResult(copies, result.getCursorId());
        });
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return alone(() -> backend.getCurrentOperations(query));
    }

    @Override
    public Document getServerStatus() {
        return alone(backend::getServerStatus);
    }

    @Override
    public void handleClose(Channel channel) {
        alone(() -> {
            backend.handleClose(channel);
            return null;
        });
    }

    @Override
    public void dropDatabase(String database) {
        alone(() -> {
            backend.dropDatabase(database);
            return null;
        });
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        alone(() -> {
            backend.closeCursors(cursorIds);
            return null;
        });
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return alone(() -> backend.resolveDatabase(database));
    }

    @Override
    public void close() {
        alone(() -> {
            backend.close();
            return null;
        });
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }

    private <T> T alone(Supplier<T> command) {
        lock.lock();
        try {
            return command.get();
        } finally {
            lock.unlock();
        }
    }

    private static Document copy(Document document) {
        return document == null ? null : document.cloneDeeply();
    }
}
