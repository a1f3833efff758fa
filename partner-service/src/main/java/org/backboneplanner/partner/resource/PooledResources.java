package org.backboneplanner.partner.resource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.Topics;
import org.backboneplanner.partner.directory.Partner;
import org.backboneplanner.partner.directory.PartnerDirectory;
import org.backboneplanner.partner.initiative.KnownInitiative;
import org.backboneplanner.partner.initiative.KnownInitiatives;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Change;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Resources pooled by partners. A resource names a partner of the network's directory and, unless it
 * serves the whole network, an initiative of the network: anything from another network is refused.
 * Whoever may read an initiative's worksheet reads its resources; its coordinators and partners (and
 * the network's administrators) pool and update them. Network-wide resources are proposed by any
 * member of the network and moved on by their proposer or an administrator.
 */
@Service
class PooledResources {


    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final PartnerDirectory partners;
    private final KnownInitiatives initiatives;
    private final Clock clock;

    PooledResources(MongoTemplate mongo, AggregateStore store, PartnerDirectory partners, KnownInitiatives initiatives,
                    Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.partners = partners;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    PooledResource pool(String networkId, String initiativeId, String partnerId, ResourceTerms terms, Member member) {
        if (initiativeId != null) {
            initiatives.get(networkId, initiativeId).requireEditableBy(member);
        }
        Partner partner = offeringPartner(networkId, partnerId);
        check(terms);
        PooledResource resource = PooledResource.pool(UUID.randomUUID().toString(), networkId, initiativeId, partner.id(),
                partner.name(), terms, member.id(), clock.instant());
        store.insert(resource, Topics.PARTNER, member.actor(), List.of(resource.pooled()));
        return resource;
    }

    /** An initiative's resources, or the network-wide ones when {@code initiativeId} is null. */
    List<PooledResource> list(String networkId, String initiativeId, Member member) {
        if (initiativeId != null) {
            initiatives.get(networkId, initiativeId).requireReadableBy(member);
        }
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId))
                .with(Sort.by("createdAt")), PooledResource.class);
    }

    /** What one partner pools, across what the member may read. */
    List<PooledResource> ofPartner(String networkId, String partnerId, Member member) {
        partners.get(networkId, partnerId);
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("partnerId").is(partnerId))
                        .with(Sort.by("createdAt")), PooledResource.class).stream()
                .filter(resource -> readable(resource, member)).toList();
    }

    PooledResource get(String networkId, String resourceId, Member member) {
        PooledResource resource = mongo.findOne(Query.query(Criteria.where("_id").is(resourceId)
                .and("networkId").is(networkId)), PooledResource.class);
        if (resource == null || !readable(resource, member)) {
            throw new NotFoundException("not-found.pooled-resource", resourceId);
        }
        return resource;
    }

    PooledResource update(String networkId, String resourceId, Member member,
                          Function<PooledResource, Optional<? extends EventPayload>> change) {
        return store.update(() -> {
            PooledResource resource = get(networkId, resourceId, member);
            requireEditable(resource, member);
            return resource;
        }, Topics.PARTNER, member.actor(), resource -> Change.of(change.apply(resource), resource));
    }

    static void check(ResourceTerms terms) {
        List<FieldProblem> problems = new ArrayList<>(Quantities.check(terms.kind(), terms.amount(), terms.unit()));
        if (terms.from() != null && terms.to() != null && terms.to().isBefore(terms.from())) {
            problems.add(FieldProblem.said("to", "date-range", "field.period.order"));
        }
        if (terms.from() != null && !Limits.plausible(terms.from())) {
            problems.add(FieldProblem.said("from", "date-range", "field.period.bounds", Limits.EARLIEST, Limits.LATEST));
        }
        if (terms.to() != null && !Limits.plausible(terms.to())) {
            problems.add(FieldProblem.said("to", "date-range", "field.period.bounds", Limits.EARLIEST, Limits.LATEST));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Partner offeringPartner(String networkId, String partnerId) {
        Partner partner;
        try {
            partner = partners.get(networkId, partnerId);
        } catch (NotFoundException e) {
            throw new InvalidInputException(FieldProblem.said("partnerId", "unknown-partner", "field.unknown-partner"));
        }
        if (partner.archived()) {
            throw new InvalidInputException(FieldProblem.said("partnerId", "archived", "field.partner-archived"));
        }
        return partner;
    }

    private boolean readable(PooledResource resource, Member member) {
        if (resource.initiativeId() == null) {
            return true;
        }
        try {
            initiatives.get(resource.networkId(), resource.initiativeId()).requireReadableBy(member);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void requireEditable(PooledResource resource, Member member) {
        if (resource.initiativeId() != null) {
            KnownInitiative initiative = initiatives.get(resource.networkId(), resource.initiativeId());
            initiative.requireEditableBy(member);
        } else if (!member.administers(resource.networkId()) && !member.id().equals(resource.createdBy())) {
            throw new ForbiddenException("forbidden.network-resource");
        }
    }
}
