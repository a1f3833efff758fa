package org.backboneplanner.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.support.store.Paged;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored mails. What is due is read a batch of ids at a time, never all, through {@link DueMails}; a sender
 * then claims its share of them ({@link MailClaims}), each mail by an atomic write from PENDING to SENDING that
 * gives the claim a token, so of several instances exactly one gets it. The lease runs from the claim, and is
 * restarted (the token checked atomically) before an SMTP send whenever the last start is over a tenth of the
 * lease old; marking a mail sent, failed or skipped only happens while the token still holds.
 * <p>
 * The SMTP timeouts keep a send far shorter than the lease, so no live instance loses a claim mid-send.
 * One window remains: an instance that crashes (or stalls past the lease) after the SMTP server accepted a
 * mail and before it was marked sent leaves the claim to expire; the mail is then sent once more. Senders mark
 * each mail sent right after its send ({@code backbone.notification.marked-at-once}, 1 by default), so a crash
 * doubles at most the last mail each sender sent (the last {@code marked-at-once} if raised), never loses one.
 */
@Component
public class MailQueue {

    private static final List<String> WORDING = List.of("title", "initiativeName", "recipientName", "language",
            "role", "plan");

    private static final String COLLECTION = "mails";

    private final MongoTemplate mongo;
    private final DueMails due;

    MailQueue(MongoTemplate mongo, DueMails due) {
        this.mongo = mongo;
        this.due = due;
    }

    /** Adds a mail unless one with its id exists; a pending one gets the newest wording. */
    public void add(Mail mail) {
        due.note(List.of(mail));
        mongo.upsert(Query.query(Criteria.where("_id").is(mail.id())), addition(mail), Mail.class);
    }

    private Update addition(Mail mail) {
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
        return update;
    }

    /** A step's reminders as planned before ({@code planned}, their ids) and as they should be now. */
    public record StepReminders(List<String> planned, List<Mail> wanted) {
    }

    /** Makes a step's pending reminders exactly {@code wanted}: see {@link #replanSteps}. */
    public void replanStep(List<String> planned, List<Mail> wanted) {
        replanSteps(List.of(new StepReminders(planned, wanted)));
    }

    /**
     * Makes each step's pending reminders exactly its {@code wanted} ones, in one unordered bulk write; sent ones
     * stay as they are. A step's earlier reminders are found by their ids, so replanning costs the same however
     * many mails wait. Unordered is safe: every operation touches a mail of its own (a reminder's id names its
     * step, and one removed is never one wanted).
     */
    public void replanSteps(List<StepReminders> steps) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Mail.class);
        int operations = 0;
        for (StepReminders step : steps) {
            List<String> ids = step.wanted().stream().map(Mail::id).toList();
            for (String id : step.planned()) {
                if (!ids.contains(id)) {
                    bulk.remove(pending(id));
                    operations++;
                }
            }
            for (Mail mail : step.wanted()) {
                bulk.upsert(Query.query(Criteria.where("_id").is(mail.id())), addition(mail));
                operations++;
            }
        }
        if (operations > 0) {
            // noted first, so no pending mail is ever missing from what looks for due mail read
            due.note(steps.stream().flatMap(step -> step.wanted().stream()).toList());
            bulk.execute();
        }
    }

    /** These mails by id, in one read ({@code $in} on {@code _id}, which the wire-protocol server answers from its index). */
    public Map<String, Mail> byIds(Collection<String> ids) {
        Map<String, Mail> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Mail.class).forEach(mail -> found.put(mail.id(), mail));
        }
        return found;
    }

    /**
     * Up to {@code batch} mails due now, earliest minute first, each id with the minute it was noted under
     * ({@link #forgetDue} once sent): candidates to claim one by one. Read from {@link DueMails}, then checked on
     * the mails themselves in one read by ids; a claim whose lease ran out is released here, and what was sent,
     * failed or skipped meanwhile is forgotten.
     */
    public Map<String, Long> dueIds(Instant now, int batch, Duration lease) {
        Map<String, Long> noted = due.upTo(now, batch);
        if (noted.isEmpty()) {
            return Map.of();
        }
        Query byIds = Query.query(Criteria.where("_id").in(noted.keySet()));
        byIds.fields().include("_id", "status", "sendAt", "claimToken", "claimedAt");
        Map<String, Document> mails = new HashMap<>();
        mongo.find(byIds, Document.class, COLLECTION).forEach(mail -> mails.put(mail.getString("_id"), mail));
        Map<String, Long> found = new LinkedHashMap<>();
        Map<String, Long> gone = new HashMap<>();
        long settled = DueMails.minute(now.minus(lease));
        noted.forEach((id, minute) -> {
            Document mail = mails.get(id);
            String status = mail == null ? null : mail.getString("status");
            if (mail == null) {
                // noted before its mail is written: only an old note without a mail is one to forget
                if (minute < settled) {
                    gone.put(id, minute);
                }
            } else if (MailStatus.PENDING.name().equals(status)) {
                Instant sendAt = mail.getDate("sendAt").toInstant();
                if (!sendAt.isAfter(now)) {
                    found.put(id, minute);
                } else if (DueMails.minute(sendAt) > minute) {
                    // put off to a retry, noted under the retry's minute first: this older note would fill looks
                    gone.put(id, minute);
                }
            } else if (MailStatus.SENDING.name().equals(status)) {
                Date claimedAt = mail.getDate("claimedAt");
                if (claimedAt != null && claimedAt.toInstant().isBefore(now.minus(lease))
                        && release(id, mail.getString("claimToken"))) {
                    found.put(id, minute);
                }
            } else {
                gone.put(id, minute);
            }
        });
        due.forget(gone);
        return found;
    }

    /** Releases a claim whose holder vanished, if that claim still holds: atomic on its token. */
    private boolean release(String id, String token) {
        return token != null && mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("claimToken").is(token)),
                new Update().set("status", MailStatus.PENDING).unset("claimedBy").unset("claimToken"), Mail.class)
                .getModifiedCount() == 1;
    }

    /** Forgets mails sent from the minutes {@link #dueIds} found them under. */
    public void forgetDue(Map<String, Long> sent) {
        due.forget(sent);
    }

    /**
     * The safety net, run seldom: pending mails due now found by a query on the mails themselves (which the
     * MongoDB wire-protocol server answers by reading every pending mail) are noted again, e.g. mails stored
     * before {@link DueMails} existed; claims whose holder vanished are released. @return how many were noted
     */
    public int sweep(Instant now, Duration lease, int limit) {
        releaseExpiredClaims(now, lease);
        Query pending = Query.query(Criteria.where("status").is(MailStatus.PENDING).and("sendAt").lte(now))
                .with(Sort.by("sendAt")).limit(limit);
        List<Mail> found = mongo.find(pending, Mail.class);
        due.note(found);
        return found.size();
    }

    /**
     * Claims one pending mail for {@code instance}, right before sending it: its lease starts now and the
     * claim gets a token of its own. @return the claimed mail, or null when another instance has it
     */
    public Mail claim(String id, String instance, Instant now) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING)),
                new Update().set("status", MailStatus.SENDING).set("claimedBy", instance)
                        .set("claimToken", UUID.randomUUID().toString()).set("claimedAt", now).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), Mail.class);
    }

    /** After a failed attempt: back to PENDING for a later try, or FAILED when attempts are spent. */
    public void markFailed(Mail claim, String subject, String error, Instant retryAt, boolean last) {
        Update update = new Update().set("lastError", error).set("subject", subject).unset("claimedBy")
                .unset("claimToken");
        if (last) {
            update.set("status", MailStatus.FAILED);
        } else {
            due.note(claim.id(), retryAt);
            update.set("status", MailStatus.PENDING).set("sendAt", retryAt);
        }
        mongo.updateFirst(held(claim), update, Mail.class);
    }

    public void markSkipped(Mail claim, String why) {
        mongo.updateFirst(held(claim), new Update().set("status", MailStatus.SKIPPED).set("lastError", why)
                .unset("claimToken"), Mail.class);
    }

    /** Claims whose holder vanished (crashed, or stalled past the lease) go back to PENDING. */
    public long releaseExpiredClaims(Instant now, Duration lease) {
        return mongo.updateMulti(Query.query(Criteria.where("status").is(MailStatus.SENDING)
                        .and("claimedAt").lt(now.minus(lease))),
                new Update().set("status", MailStatus.PENDING).unset("claimedBy").unset("claimToken"), Mail.class)
                .getModifiedCount();
    }

    public void cancelPending(List<String> planned) {
        planned.forEach(this::removePending);
    }

    /** Removes a mail if it is still pending: one already sent stays, for the log. */
    private void removePending(String id) {
        mongo.remove(pending(id), Mail.class);
    }

    private static Query pending(String id) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING));
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

    /** The mail while this claim holds it: its token is gone once it is marked, released or claimed again. */
    static Query held(Mail claim) {
        if (claim.claimToken() == null) {
            throw new IllegalArgumentException("mail " + claim.id() + " is not a claim");
        }
        return Query.query(Criteria.where("_id").is(claim.id()).and("claimToken").is(claim.claimToken()));
    }
}
