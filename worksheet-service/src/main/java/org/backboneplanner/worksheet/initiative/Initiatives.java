package org.backboneplanner.worksheet.initiative;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.web.Paged;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Where initiatives are kept. Every query names the network, so one network's initiatives are never
 * read on behalf of another. Writes go through {@link #update}, which stores the change and its
 * events together, retrying when another write to the same initiative came first.
 */
@Component
public class Initiatives {

    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final Clock clock;
    private final WorksheetProperties properties;

    Initiatives(MongoTemplate mongo, OutboxStore outbox, Clock clock, WorksheetProperties properties) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
    }

    /** The initiative, or 404 when it is not in that network. */
    public Initiative get(String networkId, String initiativeId) {
        Initiative initiative = mongo.findOne(inNetwork(networkId).addCriteria(Criteria.where("_id").is(initiativeId)),
                Initiative.class);
        if (initiative == null) {
            throw new NotFoundException("No initiative " + initiativeId + " in this network.");
        }
        return initiative;
    }

    public Paged<Initiative> list(String networkId, int page, int size) {
        long total = mongo.count(inNetwork(networkId), Initiative.class);
        Query query = inNetwork(networkId).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Initiative.class), page, size, total);
    }

    void insert(Initiative initiative, String actor) {
        outbox.insert(initiative, Topics.WORKSHEET,
                initiative.envelopes(List.of(initiative.created()), actor, clock.instant()));
    }

    /**
     * Applies a change to the current state of an initiative and stores it with the events it caused.
     * The change may run more than once (on a fresh copy) when writes race; it must only touch the
     * initiative it is given.
     */
    public <R> R update(String networkId, String initiativeId, String actor, Function<Initiative, Change<R>> change) {
        for (int attempt = 1; attempt <= properties.maxWriteAttempts(); attempt++) {
            Initiative initiative = get(networkId, initiativeId);
            long revision = initiative.revision();
            Change<R> result = change.apply(initiative);
            if (result.events().isEmpty()) {
                return result.value();
            }
            if (outbox.replace(initiative, initiative.id(), revision, Topics.WORKSHEET,
                    initiative.envelopes(result.events(), actor, clock.instant()))) {
                return result.value();
            }
        }
        throw new OptimisticLockingFailureException("initiative " + initiativeId + " kept changing under this write");
    }

    private static Query inNetwork(String networkId) {
        return Query.query(Criteria.where("networkId").is(networkId));
    }

    /** What a change caused (events, possibly none) and what to answer the caller. */
    public record Change<R>(List<? extends EventPayload> events, R value) {

        public static <R> Change<R> of(List<? extends EventPayload> events, R value) {
            return new Change<>(events, value);
        }
    }
}
