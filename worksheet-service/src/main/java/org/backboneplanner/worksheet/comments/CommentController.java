package org.backboneplanner.worksheet.comments;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.CommentAdded.Mention;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Comment;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.worksheet.RoleKeys;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Discussion on a role, or on a next step: every member of the initiative may comment, guests too,
 * and may mention other members (who are told by email).
 */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/roles/{roleKey}")
class CommentController {

    private final Initiatives initiatives;
    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final Clock clock;

    CommentController(Initiatives initiatives, MongoTemplate mongo, OutboxStore outbox, Clock clock) {
        this.initiatives = initiatives;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/comments")
    List<Comment> onRole(@PathVariable String networkId, @PathVariable String initiativeId,
                         @PathVariable String roleKey, Member member) {
        BackboneRole role = RoleKeys.parse(roleKey);
        initiatives.read(networkId, initiativeId, member);
        return thread(networkId, initiativeId, role, null);
    }

    @GetMapping("/next-steps/{stepId}/comments")
    List<Comment> onStep(@PathVariable String networkId, @PathVariable String initiativeId,
                         @PathVariable String roleKey, @PathVariable String stepId, Member member) {
        BackboneRole role = RoleKeys.parse(roleKey);
        requireStep(initiatives.read(networkId, initiativeId, member), role, stepId);
        return thread(networkId, initiativeId, role, stepId);
    }

    @PostMapping("/comments")
    ResponseEntity<Comment> commentRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                        @PathVariable String roleKey, @Valid @RequestBody NewComment request,
                                        Member member) {
        return add(networkId, initiativeId, RoleKeys.parse(roleKey), null, request, member);
    }

    @PostMapping("/next-steps/{stepId}/comments")
    ResponseEntity<Comment> commentStep(@PathVariable String networkId, @PathVariable String initiativeId,
                                        @PathVariable String roleKey, @PathVariable String stepId,
                                        @Valid @RequestBody NewComment request, Member member) {
        return add(networkId, initiativeId, RoleKeys.parse(roleKey), stepId, request, member);
    }

    private ResponseEntity<Comment> add(String networkId, String initiativeId, BackboneRole role, String stepId,
                                        NewComment request, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        InitiativeAccess.COMMENT.check(initiative, member);
        if (stepId != null) {
            requireStep(initiative, role, stepId);
        }
        List<Mention> mentions = mentions(initiative, request.mentions());
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Comment comment = new Comment(id, networkId, initiativeId, role, stepId, member.id(), member.displayName(),
                request.body().strip(), mentions, now, 1, 0);
        CommentAdded event = new CommentAdded(id, role, stepId, member.displayName(), comment.body(), mentions,
                initiative.name());
        outbox.insert(comment, Topics.WORKSHEET, List.of(EventEnvelope.of(networkId, initiativeId, id, 1, now,
                member.actor(), event)));
        String path = "/api/networks/" + networkId + "/initiatives/" + initiativeId + "/worksheet/roles/" + role
                + (stepId != null ? "/next-steps/" + stepId : "") + "/comments/" + id;
        return ResponseEntity.created(URI.create(path)).body(comment);
    }

    /** Mentions name active members of the initiative, by member id. */
    private static List<Mention> mentions(Initiative initiative, List<String> memberIds) {
        List<Mention> mentions = new ArrayList<>();
        if (memberIds == null) {
            return mentions;
        }
        for (String memberId : new LinkedHashSet<>(memberIds)) {
            InitiativeMember mentioned = initiative.members().stream()
                    .filter(m -> m.isActive() && memberId.equals(m.memberId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("mentions",
                            "only members of the initiative can be mentioned; " + memberId + " is not one"));
            mentions.add(new Mention(mentioned.memberId(), mentioned.name(), mentioned.email()));
        }
        return mentions;
    }

    private static void requireStep(Initiative initiative, BackboneRole role, String stepId) {
        if (initiative.role(role).nextStep(stepId).isEmpty()) {
            throw new NotFoundException("No next step " + stepId + " under " + role + ".");
        }
    }

    private List<Comment> thread(String networkId, String initiativeId, BackboneRole role, String stepId) {
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId)
                .and("role").is(role).and("stepId").is(stepId)).with(Sort.by("createdAt"));
        return mongo.find(query, Comment.class);
    }

    /** A comment; {@code mentions} are member ids of the initiative's members. */
    record NewComment(@NotBlank @Size(max = Limits.TEXT) String body,
                      @Size(max = Limits.MENTIONS) List<@NotBlank @Size(max = Limits.ID) String> mentions) {
    }
}
