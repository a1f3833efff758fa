package org.backboneplanner.notification.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which mails fall due in which minute: one small document per minute ({@code _id}: the minute since the epoch)
 * listing the ids of the mails pending for it. Finding what is due reads the past minutes' documents, a few
 * hundred however many mails wait; the query on the mails themselves ({@code status}, {@code sendAt}) made the
 * MongoDB wire-protocol server read every pending mail, as it serves no range from an index.
 * <p>
 * A hint, never the authority: a mail's own status decides, and its claim stays atomic on the mail. An id is
 * written here before its mail becomes pending, so no pending mail is ever missing (an id whose mail never came,
 * was sent, or moved to a later minute is forgotten when a look finds it so).
 */
@Component
class DueMails {

    static final String COLLECTION = "mail_due";
    private static final int MINUTES_A_READ = 16;

    private final MongoTemplate mongo;

    DueMails(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static long minute(Instant sendAt) {
        return Math.floorDiv(sendAt.getEpochSecond(), 60);
    }

    /** Notes these pending mails under the minute of their {@code sendAt}, in one unordered bulk write. */
    void note(Collection<Mail> mails) {
        Map<Long, List<String>> byMinute = new TreeMap<>();
        mails.stream().filter(mail -> mail.status() == MailStatus.PENDING && mail.sendAt() != null)
                .forEach(mail -> byMinute.computeIfAbsent(minute(mail.sendAt()), m -> new ArrayList<>()).add(mail.id()));
        if (byMinute.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byMinute.forEach((minute, ids) -> bulk.upsert(Query.query(Criteria.where("_id").is(minute)),
                new Update().addToSet("ids").each(ids.toArray())));
        bulk.execute();
    }

    /** Notes one mail pending again from {@code sendAt} (a retry). */
    void note(String id, Instant sendAt) {
        mongo.upsert(Query.query(Criteria.where("_id").is(minute(sendAt))), new Update().addToSet("ids", id),
                COLLECTION);
    }

    /**
     * Up to {@code limit} ids noted for minutes up to {@code now}'s, earliest minute first, each with its minute:
     * candidates only (see the class comment). Reads a few minutes' documents at a time, so memory holds at most
     * those minutes' ids beyond the limit.
     */
    Map<String, Long> upTo(Instant now, int limit) {
        Map<String, Long> found = new LinkedHashMap<>();
        Long after = null;
        boolean more = true;
        while (more && found.size() < limit) {
            Criteria minutes = Criteria.where("_id").lte(minute(now));
            if (after != null) {
                minutes = minutes.gt(after);
            }
            List<Document> read = mongo.find(Query.query(minutes).with(Sort.by("_id")).limit(MINUTES_A_READ),
                    Document.class, COLLECTION);
            for (Document next : read) {
                long minute = next.get("_id", Number.class).longValue();
                for (Object id : next.getList("ids", Object.class, List.of())) {
                    if (found.size() < limit) {
                        found.putIfAbsent(String.valueOf(id), minute);
                    }
                }
                after = minute;
            }
            more = read.size() == MINUTES_A_READ;
        }
        return found;
    }

    /** Forgets these ids (id to minute), and minutes left empty. */
    void forget(Map<String, Long> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Long, List<String>> byMinute = new TreeMap<>();
        entries.forEach((id, minute) -> byMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(id));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byMinute.forEach((minute, ids) -> bulk.updateOne(Query.query(Criteria.where("_id").is(minute)),
                new Update().pullAll("ids", ids.toArray())));
        bulk.execute();
        Set<Long> minutes = new LinkedHashSet<>(byMinute.keySet());
        mongo.remove(Query.query(Criteria.where("_id").in(minutes).and("ids").size(0)), COLLECTION);
    }
}
