package org.backboneplanner.worksheet.domain;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.support.store.Paged;
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
