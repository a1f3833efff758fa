package org.backboneplanner.worksheet.domain;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.CommentAdded.Mention;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A comment on a role's row or on one of its next steps, by any member of the initiative (guests
 * included). Comments are their own aggregate: a busy discussion never makes the worksheet's document
 * grow, nor stands in the way of its writes.
 */
@Document("comments")
@CompoundIndex(name = "thread", def = "{'initiativeId': 1, 'role': 1, 'stepId': 1, 'createdAt': 1}")
public record Comment(@Id String id, String networkId, String initiativeId, BackboneRole role, String stepId,
                      String authorId, String authorName, String body, List<Mention> mentions, Instant createdAt,
                      long eventSequence, long revision) {
}
