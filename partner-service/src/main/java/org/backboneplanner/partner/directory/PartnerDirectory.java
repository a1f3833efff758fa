package org.backboneplanner.partner.directory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.backboneplanner.events.Topics;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Paged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A network's partner directory. Every query is scoped to the network. */
@Service
class PartnerDirectory {

    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final Clock clock;

    PartnerDirectory(MongoTemplate mongo, OutboxStore outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    Partner register(String networkId, NewPartner request, Member member) {
        Partner partner = Partner.register(UUID.randomUUID().toString(), networkId, request.name().strip(),
                request.kind(), request.website(), request.sectors(), request.territory(), member.id(), clock.instant());
        Partner existing = mongo.findOne(inNetwork(networkId).addCriteria(Criteria.where("nameKey").is(partner.nameKey())),
                Partner.class);
        if (existing != null) {
            throw new ConflictException("A partner with this name is already in the directory.", PartnerView.of(existing));
        }
        try {
            outbox.insert(partner, Topics.PARTNER, partner.envelopes(List.of(partner.registered()),
                    member.actor(), clock.instant()));
        } catch (DuplicateKeyException e) {
            // registered by someone else between the check and the insert
            throw new ConflictException("A partner with this name is already in the directory.", null);
        }
        return partner;
    }

    Partner get(String networkId, String partnerId) {
        Partner partner = mongo.findOne(inNetwork(networkId).addCriteria(Criteria.where("_id").is(partnerId)),
                Partner.class);
        if (partner == null) {
            throw new NotFoundException("No partner " + partnerId + " in this network.");
        }
        return partner;
    }

    /** Partners whose name has a word starting with the query (accents and case folded), by name. */
    Paged<Partner> search(String networkId, String q, int page, int size) {
        Query query = inNetwork(networkId);
        String folded = SearchText.fold(q);
        if (!folded.isEmpty()) {
            query.addCriteria(Criteria.where("nameKey").regex("(^|\\s)" + Pattern.quote(folded)));
        }
        long total = mongo.count(query, Partner.class);
        query.with(Sort.by("nameKey")).skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Partner.class), page, size, total);
    }

    private static Query inNetwork(String networkId) {
        return Query.query(Criteria.where("networkId").is(networkId));
    }
}
