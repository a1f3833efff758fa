package org.backboneplanner.partner.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.store.Paged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A network's partner directory. Every query is scoped to the network. Any member of the network adds
 * and describes partners (the directory is shared); archiving is for the network's administrators.
 */
@Service
public class PartnerDirectory {

    /** The most partners a search ranks; a network's directory is expected to stay far below. */
    static final int SEARCH_CANDIDATES = 2000;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Clock clock;

    PartnerDirectory(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    Partner register(String networkId, PartnerDescription description, Member member) {
        Partner partner = Partner.register(UUID.randomUUID().toString(), networkId, description, member.id(),
                clock.instant());
        refuseDuplicate(partner, null);
        try {
            store.insert(partner, Topics.PARTNER, member.actor(), List.of(partner.registered()));
        } catch (DuplicateKeyException e) {
            // registered by someone else between the check and the insert
            throw new ConflictException("duplicate", "conflict.partner-name");
        }
        return partner;
    }

    /** The partner, or 404 when it is not in this network. */
    public Partner get(String networkId, String partnerId) {
        Partner partner = mongo.findOne(inNetwork(networkId).addCriteria(Criteria.where("_id").is(partnerId)
                .and(OutboxStore.HELD).ne(true)), Partner.class);
        if (partner == null) {
            throw new NotFoundException("not-found.partner", partnerId);
        }
        return partner;
    }

    Partner describe(String networkId, String partnerId, Member member,
                     Function<Partner, Optional<? extends EventPayload>> change) {
        try {
            return store.update(() -> get(networkId, partnerId), Topics.PARTNER, member.actor(), partner -> {
                Optional<? extends EventPayload> event = change.apply(partner);
                if (event.isPresent()) {
                    refuseDuplicate(partner, partner.id());
                }
                return Change.of(event, partner);
            });
        } catch (DuplicateKeyException e) {
            // renamed by someone else to this name between the check and the write
            throw new ConflictException("duplicate", "conflict.partner-name");
        }
    }

    Partner archive(String networkId, String partnerId, boolean archive, Member member) {
        if (!member.administers(networkId)) {
            throw new ForbiddenException("forbidden.archive");
        }
        return describe(networkId, partnerId, member, partner -> partner.archive(archive));
    }

    /**
     * Partners matching a query, ranked by relevance (or by name when there is no query); {@code kind}
     * filters, archived partners are left out unless asked for.
     */
    Paged<Partner> search(String networkId, String q, PartnerKind kind, boolean includeArchived, String sort,
                          int page, int size) {
        PartnerSearch search = new PartnerSearch(q);
        Query query = inNetwork(networkId);
        if (kind != null) {
            query.addCriteria(Criteria.where("description.kind").is(kind));
        }
        if (!includeArchived) {
            query.addCriteria(Criteria.where("archived").ne(true));
        }
        // partners of an import still in progress are not in the directory yet
        query.addCriteria(Criteria.where(OutboxStore.HELD).ne(true));
        List<Criteria> everyWord = new ArrayList<>();
        for (String word : search.words()) {
            everyWord.add(new Criteria().orOperator(Criteria.where("nameKey").regex(PartnerSearch.wordPrefix(word)),
                    Criteria.where("searchOther").regex(PartnerSearch.wordPrefix(word))));
        }
        if (!everyWord.isEmpty()) {
            query.addCriteria(new Criteria().andOperator(everyWord));
        }
        if (search.isEmpty() || !"relevance".equals(sort)) {
            long total = mongo.count(query, Partner.class);
            query.with(order(sort)).skip((long) page * size).limit(size);
            return new Paged<>(mongo.find(query, Partner.class), page, size, total);
        }
        List<Partner> ranked = mongo.find(query.limit(SEARCH_CANDIDATES), Partner.class).stream()
                .sorted(search.byRelevance()).toList();
        int from = (int) Math.min((long) page * size, ranked.size());
        return new Paged<>(ranked.subList(from, Math.min(from + size, ranked.size())), page, size, ranked.size());
    }

    /** Every partner of the network, by name, for the CSV export. */
    public List<Partner> all(String networkId) {
        return mongo.find(inNetwork(networkId).addCriteria(Criteria.where(OutboxStore.HELD).ne(true))
                .with(Sort.by("nameKey")), Partner.class);
    }

    /** The same name, or the same website, already in the network: 409 with the partner it matches. */
    public void refuseDuplicate(Partner partner, String self) {
        List<Criteria> same = new ArrayList<>();
        same.add(Criteria.where("nameKey").is(partner.nameKey()));
        if (partner.websiteKey() != null) {
            same.add(Criteria.where("websiteKey").is(partner.websiteKey()));
        }
        Query query = inNetwork(partner.networkId()).addCriteria(new Criteria().orOperator(same));
        if (self != null) {
            query.addCriteria(Criteria.where("_id").ne(self));
        }
        Partner existing = mongo.findOne(query, Partner.class);
        if (existing != null) {
            boolean sameName = existing.nameKey().equals(partner.nameKey());
            throw ConflictException.with(PartnerView.of(existing), "duplicate",
                    sameName ? "conflict.partner-name" : "conflict.partner-website");
        }
    }

    private static Sort order(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "createdAt" -> Sort.by(Sort.Direction.DESC, "createdAt");
            case "kind" -> Sort.by("description.kind", "nameKey");
            default -> Sort.by("nameKey");
        };
    }

    private static Query inNetwork(String networkId) {
        return Query.query(Criteria.where("networkId").is(networkId));
    }
}
