package org.backboneplanner.support.store;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.support.outbox.OutboxStore;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way to store an aggregate. A new one is inserted with its first events; a change is applied to
 * a freshly loaded copy by a function that returns the events it caused and the answer, and stored with
 * those events in one conditional write (see {@link OutboxStore}). When another write to the same
 * aggregate came first, the change runs again on a fresh copy, after a random wait that grows with each
 * attempt so racing writers fall out of step; after the configured attempts it gives up with an
 * {@link OptimisticLockingFailureException}, answered 409 "busy".
 */
public class AggregateStore {

    private final OutboxStore outbox;
    private final WriteProperties properties;
    private final Clock clock;

    public AggregateStore(OutboxStore outbox, WriteProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public void insert(Aggregate aggregate, String topic, EventEnvelope.Actor actor,
                       List<? extends EventPayload> events) {
        outbox.insert(aggregate, topic, aggregate.envelopes(events, actor, clock.instant()));
    }

    /**
     * Inserts an aggregate whose events wait until the outbox releases them (a part of a bulk write that
     * must publish nothing unless all of it is stored); {@code marks} are extra fields to find it by.
     */
    public void insertHeld(Aggregate aggregate, String topic, EventEnvelope.Actor actor,
                           List<? extends EventPayload> events, Document marks) {
        outbox.insertHeld(aggregate, topic, aggregate.envelopes(events, actor, clock.instant()), marks);
    }

    /**
     * Applies {@code change} to the aggregate {@code load} gives (loading checks who may see it) and
     * stores the result with its events. The change may run more than once, each time on a fresh copy;
     * it must only touch the aggregate it is given.
     */
    public <A extends Aggregate, R> R update(Supplier<A> load, String topic, EventEnvelope.Actor actor,
                                             Function<? super A, Change<R>> change) {
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            A aggregate = load.get();
            long revision = aggregate.revision();
            Change<R> result = change.apply(aggregate);
            if (result.events().isEmpty()) {
                return result.value();
            }
            if (outbox.replace(aggregate, aggregate.id(), revision, topic,
                    aggregate.envelopes(result.events(), actor, clock.instant()))) {
                return result.value();
            }
            backOff(attempt);
        }
        throw new OptimisticLockingFailureException("the aggregate kept changing under this write");
    }

    private void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, properties.backoffStep().toMillis() * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
