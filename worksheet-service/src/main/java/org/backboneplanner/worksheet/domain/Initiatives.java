package org.backboneplanner.worksheet.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.outbox.Contention;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
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
 * read on behalf of another, and every read or write checks {@link InitiativeAccess}. Writes go
 * through {@link #update}, which stores the change and its events together, retrying when another
 * write to the same initiative came first. A member's first visit turns a pending invitation for
 * their address into membership.
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

    /** The initiative if the member may read it; 404 when it is not in the network or hidden from them. */
    public Initiative read(String networkId, String initiativeId, Member member) {
        Initiative initiative = find(networkId, initiativeId);
        if (initiative.invitationFor(member).isPresent()) {
            initiative = joinInvitation(networkId, initiativeId, member);
        }
        InitiativeAccess.READ.check(initiative, member);
        return initiative;
    }

    /** The initiatives of a network the member may read, newest first. */
    public Paged<Initiative> list(String networkId, Member member, int page, int size) {
        joinInvitations(networkId, member);
        Query query = Query.query(Criteria.where("networkId").is(networkId));
        if (!member.administers(networkId)) {
            query.addCriteria(new Criteria().orOperator(Criteria.where("visibility").is(Visibility.NETWORK),
                    Criteria.where("members.memberId").is(member.id())));
        }
        query.fields().exclude("versions");
        long total = mongo.count(query, Initiative.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Initiative.class), page, size, total);
    }

    public void insert(Initiative initiative, Member member) {
        outbox.insert(initiative, Topics.WORKSHEET,
                initiative.envelopes(List.of(initiative.created()), member.actor(), clock.instant()));
    }

    /**
     * Applies a change to the current state of an initiative, if the member has {@code access}, and
     * stores it with the events it caused. The change may run more than once (on a fresh copy) when
     * writes race; it must only touch the initiative it is given.
     */
    public <R> R update(String networkId, String initiativeId, Member member, InitiativeAccess access,
                        Function<Initiative, Change<R>> change) {
        for (int attempt = 1; attempt <= properties.maxWriteAttempts(); attempt++) {
            Initiative initiative = read(networkId, initiativeId, member);
            access.check(initiative, member);
            long revision = initiative.revision();
            Change<R> result = change.apply(initiative);
            if (result.events().isEmpty()) {
                return result.value();
            }
            if (outbox.replace(initiative, initiative.id(), revision, Topics.WORKSHEET,
                    initiative.envelopes(result.events(), member.actor(), clock.instant()))) {
                return result.value();
            }
            Contention.backOff(attempt);
        }
        throw new OptimisticLockingFailureException("initiative " + initiativeId + " kept changing under this write");
    }

    private Initiative find(String networkId, String initiativeId) {
        Initiative initiative = mongo.findOne(Query.query(Criteria.where("_id").is(initiativeId)
                .and("networkId").is(networkId)), Initiative.class);
        if (initiative == null) {
            throw new NotFoundException("No initiative " + initiativeId + " in this network.");
        }
        return initiative;
    }

    private Initiative joinInvitation(String networkId, String initiativeId, Member member) {
        for (int attempt = 1; attempt <= properties.maxWriteAttempts(); attempt++) {
            Initiative initiative = find(networkId, initiativeId);
            if (initiative.invitationFor(member).isEmpty()) {
                return initiative;
            }
            long revision = initiative.revision();
            List<EventPayload> joined = List.of(initiative.join(member, clock.instant()));
            if (outbox.replace(initiative, initiative.id(), revision, Topics.WORKSHEET,
                    initiative.envelopes(joined, member.actor(), clock.instant()))) {
                return initiative;
            }
        }
        return find(networkId, initiativeId);
    }

    private void joinInvitations(String networkId, Member member) {
        if (member.email() == null) {
            return;
        }
        Query invited = Query.query(Criteria.where("networkId").is(networkId)
                .and("members").elemMatch(Criteria.where("email").is(member.email().toLowerCase(Locale.ROOT))
                        .and("status").is("INVITED")));
        invited.fields().include("_id");
        List<String> ids = new ArrayList<>();
        mongo.find(invited, org.bson.Document.class, "initiatives").forEach(doc -> ids.add(doc.getString("_id")));
        ids.forEach(id -> joinInvitation(networkId, id, member));
    }

    /** What a change caused (events, possibly none) and what to answer the caller. */
    public record Change<R>(List<? extends EventPayload> events, R value) {

        public static <R> Change<R> of(List<? extends EventPayload> events, R value) {
            return new Change<>(events, value);
        }
    }
}
