package org.backboneplanner.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, oldest first per aggregate, and
 * removes each one only after the broker acknowledged it. While Kafka is down the events wait in
 * MongoDB and the relay retries with backoff; nothing is lost. A crash between the acknowledgement
 * and the removal sends an event twice, which consumers absorb by its sequence number.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<OutboxObserver> observers;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running;
    private boolean nudged;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
                       List<OutboxObserver> observers) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.observers = List.copyOf(observers);
    }

    /** Wakes the relay at once: called after a write put events in an outbox. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * One pass over every outbox collection.
     *
     * @return how many events were published
     * @throws RuntimeException when an event could not be published (the broker is unreachable)
     */
    public int relayOnce() {
        int published = 0;
        for (String collection : properties.collections()) {
            Query pending = Query.query(Criteria.where(OutboxStore.OUTBOX + ".id").exists(true)
                            .and(OutboxStore.HELD).ne(true))
                    .limit(properties.batchSize());
            pending.fields().include(OutboxStore.OUTBOX);
            for (Document aggregate : mongo.find(pending, Document.class, collection)) {
                published += publish(collection, aggregate);
            }
        }
        return published;
    }

    private int publish(String collection, Document aggregate) {
        int published = 0;
        for (Document event : aggregate.getList(OutboxStore.OUTBOX, Document.class, List.of())) {
            // observers (e.g. a history) see each event before it leaves, even while Kafka is away
            for (OutboxObserver observer : observers) {
                observer.beforePublish(collection, event.getString("json"));
            }
            try {
                kafka.send(event.getString("topic"), event.getString("key"), event.getString("json"))
                        .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (Exception e) {
                // stop here: the aggregate's later events must not overtake this one
                throw new IllegalStateException("could not publish event " + event.getString("id"), e);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                    new Update().pull(OutboxStore.OUTBOX, new Document("id", event.getString("id"))), collection);
            published++;
        }
        return published;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int published = relayOnce();
                backoff = Duration.ZERO;
                if (published == 0) {
                    await(properties.pollInterval());
                }
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), properties.maxBackoff());
                log.warn("Outbox relay could not publish, retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
                sleep(backoff);
            }
        }
    }

    private void await(Duration timeout) {
        lock.lock();
        try {
            if (!nudged) {
                work.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
