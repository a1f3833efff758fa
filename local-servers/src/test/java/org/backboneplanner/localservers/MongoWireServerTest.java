package org.backboneplanner.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * A document is read whole or not at all, as on MongoDB: services write conditionally on a revision
 * they read, so a read mixing the old document with the new revision would let a write undo another.
 */
class MongoWireServerTest {

    @TempDir
    Path data;

    @Test
    void aReadNeverMixesADocumentBeforeAndAfterAConcurrentUpdateInMemory() throws InterruptedException {
        try (MongoWireServer server = MongoWireServer.inMemory(0)) {
            assertThat(tornReads(server)).isZero();
        }
    }

    @Test
    void aReadNeverMixesADocumentBeforeAndAfterAConcurrentUpdateInAFile() throws InterruptedException {
        try (MongoWireServer server = MongoWireServer.inFile(data.resolve("data.mv"), 0)) {
            assertThat(tornReads(server)).isZero();
        }
    }

    /** Readers check that each document they read has as many items as its revision says, while one writer adds items. */
    private static int tornReads(MongoWireServer server) throws InterruptedException {
        try (MongoClient client = MongoClients.create(server.uri("torn"))) {
            MongoCollection<Document> things = client.getDatabase("torn").getCollection("things");
            List<String> padding = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                padding.add("padding " + i);
            }
            things.insertOne(new Document("_id", "one").append("items", List.of()).append("padding", padding)
                    .append("revision", 0L));
            AtomicInteger torn = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Thread reader = new Thread(() -> {
                    while (writing.get()) {
                        Document read = things.find(Filters.eq("_id", "one")).first();
                        if (read.getList("items", String.class).size() != read.getLong("revision")) {
                            torn.incrementAndGet();
                        }
                    }
                });
                readers.add(reader);
                reader.start();
            }
            for (int i = 0; i < 800; i++) {
                Document read = things.find(Filters.eq("_id", "one")).first();
                List<String> items = new ArrayList<>(read.getList("items", String.class));
                items.add("item " + i);
                things.updateOne(Filters.and(Filters.eq("_id", "one"), Filters.eq("revision", read.getLong("revision"))),
                        Updates.combine(Updates.set("items", items), Updates.set("padding", padding),
                                Updates.inc("revision", 1L)));
            }
            writing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            return torn.get();
        }
    }
}
