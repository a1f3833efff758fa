package org.backboneplanner.notification.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A sender's claims on a few mails at once, taken, renewed and marked sent in one round trip each. Every write
 * is still one operation per mail, atomic on that mail's document, with the same conditions as a single claim
 * ({@link MailQueue#claim}): PENDING to take it, the claim's token to renew or mark it. So two instances never
 * both hold one mail, and a claim released meanwhile (its lease ran out) is never overwritten.
 * <p>
 * Writes are per-mail operations in an unordered bulk write rather than one update of many ({@code _id $in}),
 * because the MongoDB wire-protocol server answers a filter of {@code _id $in} and another field by reading
 * every mail, while {@code {_id, status}} and {@code {_id, claimToken}} are served by the mails' indexes; claims
 * are read back by {@code _id $in} (its {@code _id} index) and kept only where the token is this claim's.
 */
@Component
class MailClaims {

    private final MongoTemplate mongo;

    MailClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims those of {@code ids} still pending for {@code instance}, under one new token, their lease starting
     * {@code now}. @return the mails claimed, without those another instance holds or that were sent meanwhile
     */
    List<Mail> claim(Collection<String> ids, String instance, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Mail.class);
        Update claim = new Update().set("status", MailStatus.SENDING).set("claimedBy", instance)
                .set("claimToken", token).set("claimedAt", now).inc("attempts", 1);
        for (String id : ids) {
            bulk.updateOne(Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING)), claim);
        }
        if (bulk.execute().getModifiedCount() == 0) {
            return List.of();
        }
        return heldBy(ids, token);
    }

    /**
     * Restarts the lease of these claims (all of one {@link #claim}) where they still hold, in one write.
     * @return the claims that still hold, the lease restarted
     */
    List<Mail> renew(List<Mail> claims, Instant now) {
        if (claims.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Mail.class);
        claims.forEach(claim -> bulk.updateOne(MailQueue.held(claim), new Update().set("claimedAt", now)));
        if (bulk.execute().getMatchedCount() == claims.size()) {
            return claims;
        }
        String token = claims.get(0).claimToken();
        return heldBy(claims.stream().map(Mail::id).toList(), token);
    }

    /** A mail the SMTP server accepted, with the subject it carried. */
    record Sent(Mail claim, String subject) {
    }

    /** Marks these mails sent where their claim still holds. @return how many were marked */
    long markSent(List<Sent> sent, Instant now) {
        if (sent.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Mail.class);
        sent.forEach(mail -> bulk.updateOne(MailQueue.held(mail.claim()), new Update().set("status", MailStatus.SENT)
                .set("sentAt", now).set("subject", mail.subject()).unset("lastError").unset("claimToken")));
        return bulk.execute().getMatchedCount();
    }

    private List<Mail> heldBy(Collection<String> ids, String token) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Mail.class).stream()
                .filter(mail -> mail.status() == MailStatus.SENDING && Objects.equals(mail.claimToken(), token))
                .toList();
    }
}
