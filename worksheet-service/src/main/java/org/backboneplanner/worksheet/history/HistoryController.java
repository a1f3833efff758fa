package org.backboneplanner.worksheet.history;

import java.util.List;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Paged;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.worksheet.RoleKeys;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The history of a worksheet, newest first: every change with who, when, and before → after; for the
 * whole worksheet, one role ({@code role}) or one next step ({@code stepId}).
 */
@RestController
@Validated
class HistoryController {

    private final Initiatives initiatives;
    private final MongoTemplate mongo;

    HistoryController(Initiatives initiatives, MongoTemplate mongo) {
        this.initiatives = initiatives;
        this.mongo = mongo;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/history")
    Paged<Document> history(@PathVariable String networkId, @PathVariable String initiativeId,
                            @RequestParam(required = false) String role,
                            @RequestParam(required = false) String stepId,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Member member) {
        initiatives.read(networkId, initiativeId, member);
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId));
        if (role != null) {
            query.addCriteria(Criteria.where("role").is(RoleKeys.parse(role).name()));
        }
        if (stepId != null) {
            query.addCriteria(Criteria.where("stepId").is(stepId));
        }
        long total = mongo.count(query, HistoryRecorder.COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "sequence")).skip((long) page * size).limit(size);
        List<Document> items = mongo.find(query, Document.class, HistoryRecorder.COLLECTION).stream()
                .map(HistoryController::view).toList();
        return new Paged<>(items, page, size, total);
    }

    private static Document view(Document entry) {
        Document view = new Document("id", entry.get("_id"));
        entry.forEach((key, value) -> {
            if (!key.equals("_id") && !key.equals("networkId")) {
                view.append(key, value instanceof java.util.Date date ? date.toInstant().toString() : value);
            }
        });
        return view;
    }
}
