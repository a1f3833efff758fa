package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.support.problem.NotFoundException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The content of adopted versions, one document each, read only for a version its initiative lists.
 * Initiatives stored before versions moved out of them are moved once, at start-up, before any request.
 */
@Component
public class WorksheetVersions implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(WorksheetVersions.class);
    private static final String DRAFT = "current";

    private final MongoTemplate mongo;

    WorksheetVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a version's content; storing it again (a retried write) replaces the same document. */
    public void store(WorksheetVersion version) {
        mongo.save(version);
    }

    /** An adopted version of the initiative, or its draft for {@code current}; 404 for any other id. */
    public WorksheetVersion of(Initiative initiative, String versionId) {
        if (DRAFT.equals(versionId)) {
            return initiative.draft();
        }
        WorksheetVersion version = initiative.version(versionId)
                .map(summary -> mongo.findOne(Query.query(Criteria.where("_id").is(summary.id())
                        .and("initiativeId").is(initiative.id())), WorksheetVersion.class))
                .orElse(null);
        if (version == null) {
            throw new NotFoundException("not-found.version", versionId);
        }
        return version;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Query embedded = Query.query(Criteria.where("versions.roles").exists(true));
        for (Document initiative : mongo.find(embedded, Document.class, "initiatives")) {
            List<Document> summaries = new ArrayList<>();
            for (Document version : initiative.getList("versions", Document.class, List.of())) {
                Document content = new Document(version);
                content.put("_id", version.get("id"));
                content.remove("id");
                content.put("networkId", initiative.get("networkId"));
                content.put("initiativeId", initiative.get("_id"));
                mongo.getCollection(mongo.getCollectionName(WorksheetVersion.class))
                        .replaceOne(new Document("_id", content.get("_id")), content,
                                new com.mongodb.client.model.ReplaceOptions().upsert(true));
                summaries.add(new Document("id", version.get("id")).append("number", version.get("number"))
                        .append("name", version.get("name")).append("adoptedBy", version.get("adoptedBy"))
                        .append("adoptedByName", version.get("adoptedByName")).append("adoptedAt", version.get("adoptedAt")));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(initiative.get("_id"))),
                    new Update().set("versions", summaries), "initiatives");
            log.info("Moved {} adopted versions of initiative {} out of its document", summaries.size(),
                    initiative.get("_id"));
        }
    }
}
