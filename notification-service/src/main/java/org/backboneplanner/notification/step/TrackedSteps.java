package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.text.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The next steps this service follows, as their last event left them. */
@Component
public class TrackedSteps {

    private static final Logger log = LoggerFactory.getLogger(TrackedSteps.class);

    private final MongoTemplate mongo;
    private final MemberDepartures departures;

    TrackedSteps(MongoTemplate mongo, MemberDepartures departures) {
        this.mongo = mongo;
        this.departures = departures;
    }

    /** What one step event says of its step; {@code removed}: taken off its worksheet. */
    public record Change(EventEnvelope event, String initiativeName, NextStepDetails step, boolean removed) {
    }

    public TrackedStep save(EventEnvelope event, String initiativeName, NextStepDetails step) {
        return saveAll(List.of(new Change(event, initiativeName, step, false))).get(0);
    }

    /** A step taken off its worksheet: kept, marked removed (no reminders, no digest line) until restored. */
    public TrackedStep removed(EventEnvelope event, String initiativeName, NextStepDetails step) {
        return saveAll(List.of(new Change(event, initiativeName, step, true))).get(0);
    }

    /**
     * Stores what several events say of their steps in three round trips, however many: the steps known and
     * their owners' departures are read at once ({@code $in} on {@code _id}, which the MongoDB wire-protocol
     * server answers from its index too), and the steps written in one unordered bulk write. Each step at most
     * once: a step's later event must see the reminders planned for its earlier one, so callers split there.
     */
    public List<TrackedStep> saveAll(List<Change> changes) {
        Set<String> ids = new HashSet<>();
        changes.forEach(change -> {
            if (!ids.add(change.step().stepId())) {
                throw new IllegalArgumentException("step " + change.step().stepId() + " twice in one batch");
            }
        });
        Map<String, TrackedStep> known = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), TrackedStep.class).forEach(t -> known.put(t.id(), t));
        Set<String> left = departures.leftAmong(changes.stream().filter(c -> c.step().owner() != null
                && c.step().owner().memberId() != null).map(c -> MemberDepartures.key(c.event().initiativeId(),
                c.step().owner().memberId())).toList());
        List<TrackedStep> tracked = changes.stream().map(c -> tracked(c, known.get(c.step().stepId()), left)).toList();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TrackedStep.class);
        tracked.forEach(t -> bulk.replaceOne(Query.query(Criteria.where("_id").is(t.id())), t,
                FindAndReplaceOptions.options().upsert()));
        if (!tracked.isEmpty()) {
            bulk.execute();
        }
        return tracked;
    }

    private static TrackedStep tracked(Change change, TrackedStep known, Set<String> left) {
        EventEnvelope event = change.event();
        NextStepDetails step = change.step();
        String email = step.owner() == null || step.owner().email() == null ? null
                : EmailAddress.normalize(step.owner().email());
        String memberId = step.owner() == null ? null : step.owner().memberId();
        LocalDate due = step.dueDate();
        if (due != null && !Limits.plausible(due)) {
            // kept out of storage too (year 999999999 does not even fit a BSON date); never thrown, or the
            // record would be retried and dead-lettered instead of simply planning nothing
            log.warn("Step {} of initiative {} is due {}, outside {}..{}: no reminders for it", step.stepId(),
                    event.initiativeId(), due, Limits.EARLIEST, Limits.LATEST);
            due = null;
        }
        return new TrackedStep(step.stepId(), event.networkId(), event.initiativeId(), change.initiativeName(),
                step.role(), step.plan(), step.title(), memberId, step.owner() == null ? null : step.owner().name(),
                email, step.owner() == null || !"en".equals(step.owner().language()) ? "fr" : "en", due,
                step.status(), memberId != null && left.contains(MemberDepartures.key(event.initiativeId(), memberId)),
                change.removed(), event.sequence(), known == null ? List.of() : known.reminderIds());
    }

    /** A member left the initiative: their steps there are marked so. @return those steps, to replan */
    public List<TrackedStep> ownerLeft(String initiativeId, String memberId) {
        departures.left(initiativeId, memberId);
        return markOwner(initiativeId, memberId, true);
    }

    /** A member (re)joined the initiative: @return their steps there if they had left, to replan */
    public List<TrackedStep> ownerBack(String initiativeId, String memberId) {
        return departures.back(initiativeId, memberId) ? markOwner(initiativeId, memberId, false) : List.of();
    }

    private List<TrackedStep> markOwner(String initiativeId, String memberId, boolean left) {
        Query owned = Query.query(Criteria.where("initiativeId").is(initiativeId).and("ownerMemberId").is(memberId));
        mongo.updateMulti(owned, new Update().set("ownerLeft", left), TrackedStep.class);
        return mongo.find(owned, TrackedStep.class);
    }

    /** Remembers which reminders are planned for a step (pending or sent). */
    public void planned(String stepId, List<String> reminderIds) {
        planned(Map.of(stepId, reminderIds));
    }

    /** Remembers which reminders are planned for each of these steps, in one unordered bulk write. */
    public void planned(Map<String, List<String>> reminderIdsByStep) {
        if (reminderIdsByStep.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TrackedStep.class);
        reminderIdsByStep.forEach((stepId, ids) -> bulk.updateOne(Query.query(Criteria.where("_id").is(stepId)),
                new Update().set("reminderIds", ids)));
        bulk.execute();
    }

    public TrackedStep get(String stepId) {
        return mongo.findById(stepId, TrackedStep.class);
    }

    /**
     * A person's open steps (not removed) in initiatives they are still part of, soonest first: what their digest lists
     * and what their preferences replan.
     */
    public List<TrackedStep> openOf(String email) {
        return mongo.find(Query.query(Criteria.where("ownerEmail").is(EmailAddress.normalize(email))
                        .and("status").in(NextStepStatus.TODO, NextStepStatus.DOING)).with(Sort.by("dueDate")),
                TrackedStep.class).stream().filter(step -> !step.ownerLeft() && !step.removed()).toList();
    }
}
