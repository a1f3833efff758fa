package org.backboneplanner.worksheet.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.CommentAdded.Mention;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Aggregate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A comment on a role's row or on one of its next steps, by any member of the initiative (guests
 * included). Comments are their own aggregate: a busy discussion never makes the worksheet's document
 * grow, nor stands in the way of its writes.
 */
@Document("comments")
@CompoundIndex(name = "thread", def = "{'initiativeId': 1, 'role': 1, 'stepId': 1, 'createdAt': 1}")
public class Comment extends Aggregate {

    private String initiativeId;
    private BackboneRole role;
    private String stepId;
    private String authorId;
    private String authorName;
    private String body;
    private List<Mention> mentions = new ArrayList<>();
    private Instant createdAt;

    @PersistenceCreator
    private Comment() {
    }

    private Comment(String id, String networkId) {
        super(id, networkId);
    }

    /**
     * A comment by {@code author} on a row, or on one of its steps; the members it mentions (by member id)
     * must be active members of the initiative, and are told by mail.
     */
    public static Comment post(String id, Initiative initiative, BackboneRole role, String stepId, Member author,
                               String body, List<String> mentioned, Instant now) {
        if (stepId != null && initiative.role(role).nextStep(stepId).isEmpty()) {
            throw new NotFoundException("not-found.next-step.under", stepId, role);
        }
        Comment comment = new Comment(id, initiative.networkId());
        comment.initiativeId = initiative.id();
        comment.role = role;
        comment.stepId = stepId;
        comment.authorId = author.id();
        comment.authorName = author.displayName();
        comment.body = body.strip();
        comment.createdAt = now;
        for (String memberId : new LinkedHashSet<>(mentioned == null ? List.<String>of() : mentioned)) {
            InitiativeMember member = initiative.requireActiveMember(memberId, "mentions");
            comment.mentions.add(new Mention(member.memberId(), member.name(), member.email()));
        }
        return comment;
    }

    /** The event a new comment causes. */
    public CommentAdded added(String initiativeName) {
        return new CommentAdded(id(), role, stepId, authorName, body, List.copyOf(mentions), initiativeName);
    }



    @Override
    public String initiativeId() {
        return initiativeId;
    }

    public BackboneRole role() {
        return role;
    }

    public String stepId() {
        return stepId;
    }

    public String authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
