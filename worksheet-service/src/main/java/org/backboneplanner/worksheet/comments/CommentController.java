package org.backboneplanner.worksheet.comments;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.CommentAdded.Mention;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.domain.Comment;
import org.backboneplanner.worksheet.domain.Comments;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Discussion on a role, or on a next step: every member of the initiative may comment, guests too,
 * and may mention other members (who are told by email).
 */
@RestController
@Tag(name = "Comments", description = "Discussion on a role or a next step, guests included; mentioned members "
        + "are told by email.")
@Validated
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class CommentController {

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/roles/{roleKey}/comments")
    @Operation(operationId = "listRoleComments", summary = "The discussion on a role, oldest first")
    Paged<CommentView> onRole(@PathVariable String networkId, @PathVariable String initiativeId,
                              @PathVariable String roleKey,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Member member) {
        return views(comments.thread(networkId, initiativeId, PathKeys.role(roleKey), null, page, size, member));
    }

    @GetMapping("/roles/{roleKey}/next-steps/{stepId}/comments")
    @Operation(operationId = "listStepComments", summary = "The discussion on a next step, oldest first")
    Paged<CommentView> onStep(@PathVariable String networkId, @PathVariable String initiativeId,
                              @PathVariable String roleKey, @PathVariable String stepId,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Member member) {
        return views(comments.thread(networkId, initiativeId, PathKeys.role(roleKey), stepId, page, size, member));
    }

    @GetMapping("/comment-counts")
    @Operation(summary = "How many comments each thread holds: a row's (no stepId) or a next step's; threads "
            + "without comments are not listed")
    List<Comments.ThreadCount> counts(@PathVariable String networkId, @PathVariable String initiativeId,
                                      Member member) {
        return comments.counts(networkId, initiativeId, member);
    }

    @PostMapping("/roles/{roleKey}/comments")
    @Operation(summary = "Comment on a role; mention members by id to tell them by email")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommentView> commentRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @PathVariable String roleKey, @Valid @RequestBody NewComment request,
                                            Member member) {
        return created(comments.post(networkId, initiativeId, PathKeys.role(roleKey), null, request.body(),
                request.mentions(), member));
    }

    @PostMapping("/roles/{roleKey}/next-steps/{stepId}/comments")
    @Operation(summary = "Comment on a next step; mention members by id to tell them by email")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommentView> commentStep(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @PathVariable String roleKey, @PathVariable String stepId,
                                            @Valid @RequestBody NewComment request, Member member) {
        return created(comments.post(networkId, initiativeId, PathKeys.role(roleKey), stepId, request.body(),
                request.mentions(), member));
    }

    private static ResponseEntity<CommentView> created(Comment comment) {
        String path = "/api/networks/" + comment.networkId() + "/initiatives/" + comment.initiativeId()
                + "/worksheet/roles/" + comment.role() + (comment.stepId() != null ? "/next-steps/" + comment.stepId() : "")
                + "/comments/" + comment.id();
        return ResponseEntity.created(URI.create(path)).body(CommentView.of(comment));
    }

    private static Paged<CommentView> views(Paged<Comment> page) {
        return new Paged<>(page.items().stream().map(CommentView::of).toList(), page.page(), page.size(), page.total());
    }

    /** A comment; {@code mentions} are member ids of the initiative's members. */
    record NewComment(@NotBlank @Size(max = Limits.TEXT) String body,
                      @Size(max = Limits.MENTIONS) List<@NotBlank @Size(max = Limits.ID) String> mentions) {
    }

    record CommentView(String id, String networkId, String initiativeId, BackboneRole role, String stepId,
                       String authorId, String authorName, String body, List<Mention> mentions, Instant createdAt) {

        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.networkId(), c.initiativeId(), c.role(), c.stepId(), c.authorId(),
                    c.authorName(), c.body(), c.mentions(), c.createdAt());
        }
    }
}
