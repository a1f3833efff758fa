package org.backboneplanner.debrief.coverage;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The coverage document of an initiative as it stood when each version was adopted, so the debrief can
 * show the same figures for every version. A projection like the others: built from the worksheet topic,
 * dropped and rebuilt with them. The analytics are computed from a snapshot when read, with the pooled
 * resources as they stood at the adoption, so a partner event read late still counts where it belongs.
 */
@Component
public class WorksheetSnapshots {

    static final String COLLECTION = "worksheet_snapshots";

    private final MongoTemplate mongo;

    WorksheetSnapshots(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Keeps the coverage as it stands before {@code event} is applied. Written only on first insert, so a
     * redelivery after a crash between the snapshot and the projection's write keeps the first (right) one;
     * an event already applied takes no snapshot.
     */
    void keep(EventEnvelope event, WorksheetVersionAdopted adopted) {
        Document coverage = mongo.findOne(Query.query(Criteria.where("_id").is(event.initiativeId())), Document.class,
                mongo.getCollectionName(InitiativeCoverage.class));
        if (coverage == null || coverage.get("sequence", Number.class).longValue() >= event.sequence()
                || !event.networkId().equals(coverage.getString("networkId"))) {
            return;
        }
        Update update = new Update().setOnInsert("networkId", event.networkId())
                .setOnInsert("initiativeId", event.initiativeId()).setOnInsert("versionId", adopted.versionId())
                .setOnInsert("number", adopted.number()).setOnInsert("name", adopted.name())
                .setOnInsert("adoptedAt", event.occurredAt()).setOnInsert("coverage", coverage);
        mongo.upsert(Query.query(Criteria.where("_id").is(event.initiativeId() + ":" + adopted.versionId())), update,
                COLLECTION);
    }

    /** The snapshots of an initiative, oldest version first. */
    public List<Snapshot> of(String networkId, String initiativeId) {
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId))
                        .with(Sort.by("number")), Document.class, COLLECTION).stream()
                .map(d -> new Snapshot(d.getString("versionId"), d.getInteger("number"), d.getString("name"),
                        d.getDate("adoptedAt").toInstant(),
                        mongo.getConverter().read(InitiativeCoverage.class, d.get("coverage", Document.class))))
                .toList();
    }

    /** A version and the coverage as it stood when it was adopted. */
    public record Snapshot(String versionId, int number, String name, Instant adoptedAt, InitiativeCoverage coverage) {
    }
}
