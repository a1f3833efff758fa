package org.backboneplanner.worksheet.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.support.text.EmailAddress;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Where initiatives are kept. Every query names the network, so one network's initiatives are never
 * read on behalf of another, and every read or write checks {@link InitiativeAccess}. Writes go through
 * the {@link AggregateStore}, which stores a change and its events together. A member's first visit turns
 * a pending invitation for their address into membership.
 */
@Component
public class Initiatives {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Clock clock;

    Initiatives(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
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
        long total = mongo.count(query, Initiative.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Initiative.class), page, size, total);
    }

    /**
     * The initiatives of the member's networks where they own a next step (under a role or a plan) and which
     * they may still read, newest first, at most {@code limit} looked at. Parts no step list needs are left out.
     */
    public List<Initiative> withStepsOwnedBy(Member member, int limit) {
        if (member.networks().isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("networkId").in(member.networks().keySet()).orOperator(
                Criteria.where("roles.nextSteps.owner.memberId").is(member.id()),
                Criteria.where("plans.nextSteps.owner.memberId").is(member.id())));
        query.fields().exclude("outbox", "pooling", "versions", "roles.carriers", "roles.strengths", "roles.weaknesses",
                "roles.sharing", "plans.notes", "removedSteps");
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, Initiative.class).stream()
                .filter(initiative -> InitiativeAccess.READ.allows(initiative, member)).toList();
    }

    public void open(Initiative initiative, Member member) {
        store.insert(initiative, Topics.WORKSHEET, member.actor(), List.of(initiative.created()));
    }

    /**
     * Applies a change to the current state of an initiative, if the member has {@code access}, and stores
     * it with the events it caused. The change may run more than once (on a fresh copy) when writes race.
     */
    public <R> R update(String networkId, String initiativeId, Member member, InitiativeAccess access,
                        Function<Initiative, Change<R>> change) {
        return store.update(() -> {
            Initiative initiative = read(networkId, initiativeId, member);
            access.check(initiative, member);
            return initiative;
        }, Topics.WORKSHEET, member.actor(), initiative -> withNetworkName(initiative, member, change.apply(initiative)));
    }

    /** A write also takes the network's name from the writer's token when it changed (Keycloak renames networks). */
    private static <R> Change<R> withNetworkName(Initiative initiative, Member member, Change<R> change) {
        if (change.events().isEmpty()) {
            return change;
        }
        Optional<InitiativeDetailsChanged> named = initiative.nameNetwork(member.networkName(initiative.networkId()));
        if (named.isEmpty()) {
            return change;
        }
        List<EventPayload> events = new ArrayList<>(change.events());
        events.add(named.get());
        return Change.of(events, change.value());
    }

    private Initiative find(String networkId, String initiativeId) {
        Initiative initiative = mongo.findOne(Query.query(Criteria.where("_id").is(initiativeId)
                .and("networkId").is(networkId)), Initiative.class);
        if (initiative == null) {
            throw new NotFoundException("not-found.initiative", initiativeId);
        }
        return initiative;
    }

    private Initiative joinInvitation(String networkId, String initiativeId, Member member) {
        return store.update(() -> find(networkId, initiativeId), Topics.WORKSHEET, member.actor(),
                initiative -> initiative.invitationFor(member).isEmpty() ? Change.of(List.of(), initiative)
                        : Change.of(List.of(initiative.join(member, clock.instant())), initiative));
    }

    private void joinInvitations(String networkId, Member member) {
        if (member.email() == null) {
            return;
        }
        Query invited = Query.query(Criteria.where("networkId").is(networkId)
                .and("members").elemMatch(Criteria.where("email").is(EmailAddress.normalize(member.email()))
                        .and("status").is("INVITED")));
        invited.fields().include("_id");
        List<String> ids = new ArrayList<>();
        mongo.find(invited, Document.class, "initiatives").forEach(doc -> ids.add(doc.getString("_id")));
        ids.forEach(id -> joinInvitation(networkId, id, member));
    }
}
