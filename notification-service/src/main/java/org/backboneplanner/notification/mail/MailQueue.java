package org.backboneplanner.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.support.store.Paged;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored mails. Claiming is an atomic {@code findAndModify} from PENDING to SENDING on one mail, so
 * of several instances exactly one gets it; what is due is read a batch of ids at a time, never all.
 */
@Component
public class MailQueue {

    private static final List<String> WORDING = List.of("title", "initiativeName", "recipientName", "language",
            "role", "plan");

    private final MongoTemplate mongo;

    MailQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds a mail unless one with its id exists; a pending one gets the newest wording. */
    public void add(Mail mail) {
        Document fields = new Document();
        mongo.getConverter().write(mail, fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        for (String refreshed : WORDING) {
            Object value = fields.remove(refreshed);
            if (value != null) {
                update.set(refreshed, value);
            }
        }
        fields.forEach((key, value) -> {
            if (value != null) {
                update.setOnInsert(key, value);
            }
        });
        mongo.upsert(Query.query(Criteria.where("_id").is(mail.id())), update, Mail.class);
    }

    /**
     * Makes a step's pending reminders exactly {@code wanted}; sent ones stay as they are. The step's
     * earlier reminders are found by their ids ({@code planned}), so replanning costs the same however
     * many mails wait.
     */
    public void replanStep(List<String> planned, List<Mail> wanted) {
        List<String> ids = wanted.stream().map(Mail::id).toList();
        planned.stream().filter(id -> !ids.contains(id)).forEach(this::removePending);
        wanted.forEach(this::add);
    }

    /** Claims up to {@code batch} due mails for {@code instance}; others' claims are skipped, not waited on. */
    public List<Mail> claimDue(String instance, Instant now, int batch) {
        Query due = Query.query(Criteria.where("status").is(MailStatus.PENDING).and("sendAt").lte(now))
                .with(Sort.by("sendAt")).limit(batch);
        due.fields().include("_id");
        List<Mail> claimed = new ArrayList<>();
        for (Document candidate : mongo.find(due, Document.class, "mails")) {
            Mail mail = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(candidate.get("_id")).and("status").is(MailStatus.PENDING)),
                    new Update().set("status", MailStatus.SENDING).set("claimedBy", instance).set("claimedAt", now)
                            .inc("attempts", 1),
                    FindAndModifyOptions.options().returnNew(true), Mail.class);
            if (mail != null) {
                claimed.add(mail);
            }
        }
        return claimed;
    }

    public void markSent(Mail mail, String subject, Instant now) {
        mongo.updateFirst(held(mail), new Update().set("status", MailStatus.SENT).set("sentAt", now)
                .set("subject", subject).unset("lastError"), Mail.class);
    }

    /** After a failed attempt: back to PENDING for a later try, or FAILED when attempts are spent. */
    public void markFailed(Mail mail, String subject, String error, Instant retryAt, boolean last) {
        Update update = new Update().set("lastError", error).set("subject", subject).unset("claimedBy");
        if (last) {
            update.set("status", MailStatus.FAILED);
        } else {
            update.set("status", MailStatus.PENDING).set("sendAt", retryAt);
        }
        mongo.updateFirst(held(mail), update, Mail.class);
    }

    public void markSkipped(Mail mail, String why) {
        mongo.updateFirst(held(mail), new Update().set("status", MailStatus.SKIPPED).set("lastError", why), Mail.class);
    }

    /** Claims whose holder vanished (crashed mid-send) go back to PENDING after the lease. */
    public long releaseExpiredClaims(Instant now, Duration lease) {
        return mongo.updateMulti(Query.query(Criteria.where("status").is(MailStatus.SENDING)
                        .and("claimedAt").lt(now.minus(lease))),
                new Update().set("status", MailStatus.PENDING).unset("claimedBy"), Mail.class).getModifiedCount();
    }

    public void cancelPending(List<String> planned) {
        planned.forEach(this::removePending);
    }

    /** Removes a mail if it is still pending: one already sent stays, for the log. */
    private void removePending(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING)), Mail.class);
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Mail.class);
    }

    public List<Mail> ofStep(String stepId) {
        return mongo.find(Query.query(Criteria.where("stepId").is(stepId)).with(Sort.by("sendAt")), Mail.class);
    }

    /** A network's mails, newest first, optionally of one status. */
    public Paged<Mail> log(String networkId, MailStatus status, int page, int size) {
        Query query = Query.query(Criteria.where("networkId").is(networkId));
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        long total = mongo.count(query, Mail.class);
        query.with(Sort.by(Sort.Direction.DESC, "sendAt")).skip((long) page * size).limit(size);
        return new Paged<>(mongo.find(query, Mail.class), page, size, total);
    }

    /**
     * The mail while claimed. The lease (minutes) outlasts any SMTP timeout (seconds), so a live holder
     * never loses its claim to another instance before it records the outcome.
     */
    private static Query held(Mail mail) {
        return Query.query(Criteria.where("_id").is(mail.id()).and("status").is(MailStatus.SENDING));
    }
}
