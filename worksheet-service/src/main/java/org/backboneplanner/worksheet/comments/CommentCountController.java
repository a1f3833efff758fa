package org.backboneplanner.worksheet.comments;

import java.util.List;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Comments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How many comments each thread of a worksheet holds, so a comments button can say so before it is opened. */
@RestController
@Tag(name = "Comments")
class CommentCountController {

    private final CommentService comments;

    CommentCountController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/comment-counts")
    @Operation(summary = "How many comments each thread holds: a row's (no stepId) or a next step's; threads "
            + "without comments are not listed")
    List<Comments.ThreadCount> counts(@PathVariable String networkId, @PathVariable String initiativeId,
                                      Member member) {
        return comments.counts(networkId, initiativeId, member);
    }
}
