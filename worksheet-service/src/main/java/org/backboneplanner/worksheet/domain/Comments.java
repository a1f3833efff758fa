package org.backboneplanner.worksheet.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Paged;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Where comments are kept: each one with its event, read thread by thread, oldest first. */
@Component
public class Comments {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    Comments(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    public void post(Comment comment, Initiative initiative, Member author) {
        store.insert(comment, Topics.WORKSHEET, author.actor(), List.of(comment.added(initiative.name())));
    }

    /** How many comments each thread of an initiative holds: a row's ({@code stepId} null) or a step's. */
    public record ThreadCount(BackboneRole role, String stepId, long comments) {
    }

    /** Every thread's count, read from two fields of each comment, not the comments themselves. */
    public List<ThreadCount> counts(String networkId, String initiativeId) {
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId));
        query.fields().include("role").include("stepId");
        Map<List<Object>, Long> counted = new LinkedHashMap<>();
        for (Document comment : mongo.find(query, Document.class, mongo.getCollectionName(Comment.class))) {
            counted.merge(Arrays.asList(comment.getString("role"), comment.getString("stepId")), 1L, Long::sum);
        }
        return counted.entrySet().stream().map(e -> new ThreadCount(BackboneRole.valueOf((String) e.getKey().get(0)),
                (String) e.getKey().get(1), e.getValue())).toList();
    }

    /** The comments on a row ({@code stepId} null) or on one of its steps. */
    public Paged<Comment> thread(String networkId, String initiativeId, BackboneRole role, String stepId, int page,
                                 int size) {
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId)
                .and("role").is(role).and("stepId").is(stepId));
        long total = mongo.count(query, Comment.class);
        query.with(Sort.by("createdAt")).skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Comment.class), page, size, total);
    }
}
