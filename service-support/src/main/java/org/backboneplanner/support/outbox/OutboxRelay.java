package org.backboneplanner.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.InvalidRecordException;
import org.backboneplanner.support.signing.EventSignature;
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
 * Moves events from aggregates to Kafka in two stages. First it stages each event waiting in an
 * aggregate's {@code outbox} array into {@link StagedEvents} and removes it from the aggregate, which
 * needs only MongoDB: a broker outage never makes an aggregate's document grow. Then it publishes the
 * staged events, an aggregate's in order, and deletes each one only after the broker acknowledged it:
 * while Kafka is down they wait and nothing is lost. A crash between the acknowledgement and the delete
 * sends an event twice, which consumers absorb by its sequence number.
 * <p>
 * An event Kafka can never take (too large, malformed) is parked with the reason, counted in the
 * health and metrics, and the aggregate's later events go on: one bad event never stops its aggregate.
 * Only the instance holding the {@link RelayLease} relays, so order holds with several instances. Each
 * record is signed ({@link EventSignature}) so consumers can tell it came from a service.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<OutboxObserver> observers;
    private final StagedEvents staged;
    private final RelayLease lease;
    private final Clock clock;
    private final EventSignature signature;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running;
    private boolean nudged;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
                       List<OutboxObserver> observers, Clock clock, EventSignature signature) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.observers = List.copyOf(observers);
        this.staged = new StagedEvents(mongo);
        this.lease = new RelayLease(mongo, "relay-" + UUID.randomUUID(), properties.lease());
        this.clock = clock;
        this.signature = signature;
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
     * One pass: stage what aggregates hold, then publish what is staged, if this instance holds the lease.
     *
     * @return how many events were staged or published
     * @throws RuntimeException when an event could not be published for now (the broker is unreachable)
     */
    public int relayOnce() {
        if (!lease.hold(clock.instant())) {
            return 0;
        }
        int moved = stage();
        try {
            moved += publish();
        } finally {
            waiting.set(staged.count(StagedEvents.WAITING));
            parked.set(staged.count(StagedEvents.PARKED));
        }
        return moved;
    }

    private int stage() {
        int count = 0;
        for (String collection : properties.collections()) {
            Query holding = Query.query(Criteria.where(OutboxStore.OUTBOX + ".id").exists(true)
                    .and(OutboxStore.HELD).ne(true)).limit(properties.batchSize());
            holding.fields().include(OutboxStore.OUTBOX);
            for (Document aggregate : mongo.find(holding, Document.class, collection)) {
                List<String> ids = new ArrayList<>();
                for (Document event : aggregate.getList(OutboxStore.OUTBOX, Document.class, List.of())) {
                    staged.stage(collection, event, clock.instant());
                    for (OutboxObserver observer : observers) {
                        observer.staged(collection, event.getString("json"));
                    }
                    ids.add(event.getString("id"));
                }
                mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                        new Update().pull(OutboxStore.OUTBOX, new Document("id", new Document("$in", ids))), collection);
                count += ids.size();
            }
        }
        return count;
    }

    private int publish() {
        int published = 0;
        for (Document event : staged.waiting(properties.batchSize())) {
            String json = event.getString("json");
            if (json.getBytes(StandardCharsets.UTF_8).length > properties.maxEventBytes()) {
                park(event, "larger than " + properties.maxEventBytes() + " bytes");
                continue;
            }
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                        json);
                record.headers().add(EventSignature.HEADER, signature.sign(json));
                kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                Throwable refusal = refusal(e);
                if (refusal != null) {
                    park(event, refusal.toString());
                    continue;
                }
                // stop here: the aggregate's later events must not overtake this one
                throw new IllegalStateException("could not publish event " + event.get("_id"), e);
            }
            staged.published(event.get("_id"));
            published++;
        }
        return published;
    }

    /** The failure no retry mends, if that is what it is: the event itself is wrong for Kafka. */
    private static Throwable refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof InvalidRecordException
                    || t instanceof SerializationException || t instanceof InvalidTopicException) {
                return t;
            }
        }
        return null;
    }

    private void park(Document event, String why) {
        staged.park(event.get("_id"), why, clock.instant());
        log.error("Outbox event {} ({}) parked, it will not be published: {}", event.get("_id"), event.get("topic"), why);
    }

    /** Events staged and not yet published (as of the last pass). */
    public long waiting() {
        return waiting.get();
    }

    /** Events Kafka could never take, kept with the reason (as of the last pass). */
    public long parked() {
        return parked.get();
    }

    /** How long the oldest staged event has waited, or zero. */
    public Duration oldestWait() {
        Instant oldest = staged.oldestWaiting();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int moved = relayOnce();
                backoff = Duration.ZERO;
                if (moved == 0) {
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
            try {
                thread.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("relay lease not released; it runs out by itself: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
