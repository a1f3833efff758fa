package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.bulk.BulkWriteResult;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.text.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
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

    /**
     * What one step event says of its step; {@code removed}: taken off its worksheet (the step is kept, marked removed:
     * no reminders, no digest line, until restored).
     */
    public record Change(EventEnvelope event, String initiativeName, NextStepDetails step, boolean removed) {
    }

    /** What one event says of its step: see {@link #changed(List)}. */
    public TrackedStep changed(EventEnvelope event, String initiativeName, NextStepDetails step) {
        return changed(List.of(new Change(event, initiativeName, step, false))).get(0);
    }

    /**
     * What several events say of their steps, with the reminder ids and revision stored for each, in two round trips
     * however many: the steps known and their owners' departures are read at once ({@code $in} on {@code _id}, which
     * the MongoDB wire-protocol server answers from its index too). Nothing is written here: the reminder planner
     * stores each step once, with its reminders ({@link #store}). Each step at most once: a step's later event must
     * see the reminders planned for its earlier one, so callers split there.
     */
    public List<TrackedStep> changed(List<Change> changes) {
        Set<String> ids = new HashSet<>();
        changes.forEach(change -> {
            if (!ids.add(change.step().stepId())) {
                throw new IllegalArgumentException("step " + change.step().stepId() + " twice in one batch");
            }
        });
        Map<String, TrackedStep> known = byId(ids);
        Set<String> left = departures.leftAmong(changes.stream().filter(c -> c.step().owner() != null
                && c.step().owner().memberId() != null).map(c -> MemberDepartures.key(c.event().initiativeId(),
                c.step().owner().memberId())).toList());
        return changes.stream().map(c -> tracked(c, known.get(c.step().stepId()), left)).toList();
    }

    /**
     * Writes these steps in one unordered bulk write, each only if its stored revision is still the one it was read
     * with (a step never stored is inserted). @return the steps whose revision had changed meanwhile (another writer
     * came first), as they are stored now: none were written, their caller plans them again
     */
    public List<TrackedStep> store(List<TrackedStep> planned) {
        if (planned.isEmpty()) {
            return List.of();
        }
        String revision = UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TrackedStep.class);
        planned.forEach(step -> bulk.replaceOne(asRead(step), step.withReminders(step.reminderIds(), revision),
                FindAndReplaceOptions.options().upsert()));
        return unless(revision, planned, execute(bulk, planned.size()));
    }

    /**
     * Adds one reminder id to each of these steps, each only if its stored revision is still the one it was read
     * with, in one unordered bulk write. @return the steps whose revision had changed, as they are stored now
     */
    public List<TrackedStep> added(Map<TrackedStep, String> reminderIdByStep) {
        if (reminderIdByStep.isEmpty()) {
            return List.of();
        }
        String revision = UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TrackedStep.class);
        reminderIdByStep.forEach((step, id) -> bulk.updateOne(asRead(step),
                new Update().addToSet("reminderIds", id).set("revision", revision)));
        List<TrackedStep> steps = List.copyOf(reminderIdByStep.keySet());
        return unless(revision, steps, execute(bulk, steps.size()));
    }

    /** The step as it was read: its id and revision (none for a step never stored, or stored before revisions). */
    private static Query asRead(TrackedStep step) {
        return Query.query(Criteria.where("_id").is(step.id()).and("revision").is(step.revision()));
    }

    /** @return whether every operation found its step (or inserted it) */
    private static boolean execute(BulkOperations bulk, int operations) {
        try {
            BulkWriteResult result = bulk.execute();
            return result.getMatchedCount() + result.getUpserts().size() == operations;
        } catch (BulkOperationException e) {
            // an upsert whose step exists with another revision collides on _id: that step was written meanwhile
            return false;
        }
    }

    /** Those of {@code steps} not now at {@code revision}, as stored now, or none when {@code all} were written. */
    private List<TrackedStep> unless(String revision, List<TrackedStep> steps, boolean all) {
        if (all) {
            return List.of();
        }
        Map<String, TrackedStep> stored = byId(steps.stream().map(TrackedStep::id).toList());
        return steps.stream().map(step -> stored.get(step.id()))
                .filter(step -> step != null && !revision.equals(step.revision())).toList();
    }

    /** These steps as stored, by id, in one read. */
    public Map<String, TrackedStep> byId(Collection<String> ids) {
        Map<String, TrackedStep> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), TrackedStep.class).forEach(t -> found.put(t.id(), t));
        }
        return found;
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
                change.removed(), event.sequence(), known == null ? List.of() : known.reminderIds(),
                known == null ? null : known.revision());
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
        // a new revision: a replan that read the step before this must not write it back unchanged
        mongo.updateMulti(owned, new Update().set("ownerLeft", left).set("revision", UUID.randomUUID().toString()),
                TrackedStep.class);
        return mongo.find(owned, TrackedStep.class);
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
