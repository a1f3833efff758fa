package org.backboneplanner.worksheet.history;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The history {@link HistoryRecorder} keeps, read newest first for whoever may read the initiative. */
@Component
class History {

    private final Initiatives initiatives;
    private final MongoTemplate mongo;

    History(Initiatives initiatives, MongoTemplate mongo) {
        this.initiatives = initiatives;
        this.mongo = mongo;
    }

    /** The changes of a worksheet, of one of its roles ({@code role}) or of one next step ({@code stepId}). */
    Paged<HistoryEntry> of(String networkId, String initiativeId, BackboneRole role, String stepId, int page, int size,
                       Member member) {
        initiatives.read(networkId, initiativeId, member);
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId));
        if (role != null) {
            query.addCriteria(Criteria.where("role").is(role.name()));
        }
        if (stepId != null) {
            query.addCriteria(Criteria.where("stepId").is(stepId));
        }
        long total = mongo.count(query, HistoryRecorder.COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "sequence")).skip((long) page * size).limit(size);
        List<HistoryEntry> items = mongo.find(query, Document.class, HistoryRecorder.COLLECTION).stream()
                .map(HistoryEntry::of).toList();
        return new Paged<>(items, page, size, total);
    }
}
