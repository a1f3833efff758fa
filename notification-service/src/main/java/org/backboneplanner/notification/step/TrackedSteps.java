package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.text.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
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

    public TrackedStep save(EventEnvelope event, String initiativeName, NextStepDetails step) {
        return save(event, initiativeName, step, false);
    }

    /** A step taken off its worksheet: kept, marked removed (no reminders, no digest line) until restored. */
    public TrackedStep removed(EventEnvelope event, String initiativeName, NextStepDetails step) {
        return save(event, initiativeName, step, true);
    }

    private TrackedStep save(EventEnvelope event, String initiativeName, NextStepDetails step, boolean removed) {
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
        TrackedStep known = get(step.stepId());
        TrackedStep tracked = new TrackedStep(step.stepId(), event.networkId(), event.initiativeId(), initiativeName,
                step.role(), step.plan(), step.title(), memberId, step.owner() == null ? null : step.owner().name(),
                email, step.owner() == null || !"en".equals(step.owner().language()) ? "fr" : "en", due,
                step.status(), memberId != null && departures.hasLeft(event.initiativeId(), memberId), removed,
                event.sequence(), known == null ? List.of() : known.reminderIds());
        mongo.save(tracked);
        return tracked;
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
        mongo.updateFirst(Query.query(Criteria.where("_id").is(stepId)), new Update().set("reminderIds", reminderIds),
                TrackedStep.class);
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
