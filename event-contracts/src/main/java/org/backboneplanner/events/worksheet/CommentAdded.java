package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/** A comment on a role or a next step; {@code mentions} are the members it names. */
public record CommentAdded(String commentId, BackboneRole role, String stepId, String authorName, String body,
                           List<Mention> mentions, String initiativeName) implements EventPayload {

    /** A member named in a comment, with the address to tell them at. */
    public record Mention(String memberId, String name, String email) {
    }
}
