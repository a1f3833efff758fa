package org.backboneplanner.notification.step;

import java.util.List;
import java.util.Locale;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The next steps this service follows, as their last event left them. */
@Component
public class TrackedSteps {

    private final MongoTemplate mongo;

    TrackedSteps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public TrackedStep save(EventEnvelope event, String initiativeName, NextStepDetails step) {
        String email = step.owner() == null || step.owner().email() == null ? null
                : step.owner().email().strip().toLowerCase(Locale.ROOT);
        TrackedStep known = get(step.stepId());
        TrackedStep tracked = new TrackedStep(step.stepId(), event.networkId(), event.initiativeId(), initiativeName,
                step.role(), step.plan(), step.title(), step.owner() == null ? null : step.owner().name(), email,
                step.owner() == null || !"en".equals(step.owner().language()) ? "fr" : "en", step.dueDate(),
                step.status(), event.sequence(), known == null ? List.of() : known.reminderIds());
        mongo.save(tracked);
        return tracked;
    }

    /** Remembers which reminders are planned for a step (pending or sent). */
    public void planned(String stepId, List<String> reminderIds) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(stepId)),
                new org.springframework.data.mongodb.core.query.Update().set("reminderIds", reminderIds), TrackedStep.class);
    }

    public TrackedStep get(String stepId) {
        return mongo.findById(stepId, TrackedStep.class);
    }

    /** A person's open steps, soonest first: what their digest lists and what their preferences replan. */
    public List<TrackedStep> openOf(String email) {
        return mongo.find(Query.query(Criteria.where("ownerEmail").is(email.toLowerCase(Locale.ROOT))
                .and("status").in(NextStepStatus.TODO, NextStepStatus.DOING)).with(Sort.by("dueDate")), TrackedStep.class);
    }
}
