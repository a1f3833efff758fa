package org.backboneplanner.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored reminders. Claiming is one atomic {@code findAndModify} from PENDING to SENDING, so of
 * several instances exactly one gets a reminder; the due-time index keeps that cheap at any size.
 */
@Component
public class ReminderSchedule {

    private final MongoTemplate mongo;

    ReminderSchedule(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Makes the step's pending reminders exactly {@code wanted}: others are removed, missing ones
     * added; one that exists keeps its state, so a reminder already sent is never sent again.
     */
    public void replan(String stepId, List<Reminder> wanted) {
        List<String> ids = wanted.stream().map(Reminder::id).toList();
        mongo.remove(Query.query(Criteria.where("stepId").is(stepId).and("status").is(ReminderStatus.PENDING)
                .and("_id").nin(ids)), Reminder.class);
        wanted.forEach(this::add);
    }

    /** Adds a reminder unless one with its id exists; the step's wording is refreshed either way. */
    public void add(Reminder reminder) {
        Document fields = new Document();
        mongo.getConverter().write(reminder, fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        for (String refreshed : List.of("title", "initiativeName", "ownerName", "language", "role")) {
            Object value = fields.remove(refreshed);
            if (value != null) {
                update.set(refreshed, value);
            }
        }
        fields.forEach(update::setOnInsert);
        mongo.upsert(Query.query(Criteria.where("_id").is(reminder.id())), update, Reminder.class);
    }

    /** Claims the most overdue pending reminder for {@code instance}, or null when none is due. */
    public Reminder claimNext(String instance, Instant now) {
        Query due = Query.query(Criteria.where("status").is(ReminderStatus.PENDING).and("sendAt").lte(now))
                .with(Sort.by("sendAt"));
        Update claim = new Update().set("status", ReminderStatus.SENDING).set("claimedBy", instance)
                .set("claimedAt", now).inc("attempts", 1);
        return mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Reminder.class);
    }

    public void markSent(Reminder reminder, Instant now) {
        mongo.updateFirst(held(reminder), new Update().set("status", ReminderStatus.SENT).set("sentAt", now)
                .unset("lastError"), Reminder.class);
    }

    /** After a failed attempt: back to PENDING for a later try, or FAILED when attempts are spent. */
    public void markFailed(Reminder reminder, String error, Instant retryAt, boolean final_) {
        Update update = new Update().set("lastError", error).unset("claimedBy");
        if (final_) {
            update.set("status", ReminderStatus.FAILED);
        } else {
            update.set("status", ReminderStatus.PENDING).set("sendAt", retryAt);
        }
        mongo.updateFirst(held(reminder), update, Reminder.class);
    }

    /** Claims whose holder vanished (crashed mid-send) go back to PENDING after the lease. */
    public long releaseExpiredClaims(Instant now, Duration lease) {
        return mongo.updateMulti(Query.query(Criteria.where("status").is(ReminderStatus.SENDING)
                        .and("claimedAt").lt(now.minus(lease))),
                new Update().set("status", ReminderStatus.PENDING).unset("claimedBy"), Reminder.class)
                .getModifiedCount();
    }

    public void cancelPending(String stepId) {
        mongo.remove(Query.query(Criteria.where("stepId").is(stepId).and("status").is(ReminderStatus.PENDING)),
                Reminder.class);
    }

    public List<Reminder> ofStep(String stepId) {
        return mongo.find(Query.query(Criteria.where("stepId").is(stepId)).with(Sort.by("sendAt")), Reminder.class);
    }

    private static Query held(Reminder reminder) {
        return Query.query(Criteria.where("_id").is(reminder.id()).and("status").is(ReminderStatus.SENDING)
                .and("claimedBy").is(reminder.claimedBy()));
    }
}
