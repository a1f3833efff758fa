package org.backboneplanner.worksheet.comments;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.domain.Comment;
import org.backboneplanner.worksheet.domain.Comments;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.stereotype.Service;

/** Discussion on a row or a next step: every member may read and post, guests too. */
@Service
class CommentService {

    private final Initiatives initiatives;
    private final Comments comments;
    private final Clock clock;

    CommentService(Initiatives initiatives, Comments comments, Clock clock) {
        this.initiatives = initiatives;
        this.comments = comments;
        this.clock = clock;
    }

    Paged<Comment> thread(String networkId, String initiativeId, BackboneRole role, String stepId, int page, int size,
                          Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        if (stepId != null && initiative.role(role).nextStep(stepId).isEmpty()) {
            throw new NotFoundException("not-found.next-step.under", stepId, role);
        }
        return comments.thread(networkId, initiativeId, role, stepId, page, size);
    }

    /** How many comments each of the initiative's threads holds, for whoever may read it. */
    List<Comments.ThreadCount> counts(String networkId, String initiativeId, Member member) {
        initiatives.read(networkId, initiativeId, member);
        return comments.counts(networkId, initiativeId);
    }

    Comment post(String networkId, String initiativeId, BackboneRole role, String stepId, String body,
                 List<String> mentions, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        InitiativeAccess.COMMENT.check(initiative, member);
        Comment comment = Comment.post(UUID.randomUUID().toString(), initiative, role, stepId, member, body, mentions,
                clock.instant());
        comments.post(comment, initiative, member);
        return comment;
    }
}
