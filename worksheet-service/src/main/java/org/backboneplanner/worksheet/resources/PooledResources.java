package org.backboneplanner.worksheet.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The resources partners pooled for initiatives, projected from partner-service's events (each resource is
 * an aggregate: its events apply once, in order, and a rebuild reads them again), so a printed worksheet
 * lists them with its totals without asking partner-service.
 */
@Component
public class PooledResources {

    static final String COLLECTION = "pooled_resources";

    private final MongoTemplate mongo;

    PooledResources(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies a resource event; other events are not this projection's. */
    public void apply(EventEnvelope event) {
        PooledResourceDetails resource = event.payload() instanceof ResourcePooled pooled ? pooled.resource()
                : event.payload() instanceof ResourceUpdated updated ? updated.resource()
                : event.payload() instanceof ResourceStatusChanged changed ? changed.resource() : null;
        if (resource == null) {
            return;
        }
        // the amount as text: exact, whatever the store does with decimals
        Projections.applyInOrder(mongo, COLLECTION, event, new Update()
                .set("initiativeId", resource.initiativeId())
                .set("partnerName", resource.partnerName())
                .set("kind", resource.kind() == null ? null : resource.kind().name())
                .set("description", resource.description())
                .set("amount", resource.amount() == null ? null : resource.amount().toPlainString())
                .set("unit", resource.unit())
                .set("from", resource.from() == null ? null : resource.from().toString())
                .set("to", resource.to() == null ? null : resource.to().toString())
                .set("roles", resource.roles() == null ? List.of() : resource.roles().stream().map(Enum::name).toList())
                .set("status", resource.status() == null ? null : resource.status().name()));
    }

    /** The resources pooled for one initiative, withdrawn ones included (they count in no total). */
    public List<PooledResource> of(String networkId, String initiativeId) {
        Query query = Query.query(Criteria.where("networkId").is(networkId).and("initiativeId").is(initiativeId))
                .with(Sort.by("partnerName", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(PooledResources::resource).toList();
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static PooledResource resource(Document d) {
        String amount = d.getString("amount");
        return new PooledResource(d.getString("_id"), d.getString("partnerName"),
                d.getString("kind") == null ? ResourceKind.OTHER : ResourceKind.valueOf(d.getString("kind")),
                d.getString("description"), amount == null ? null : new BigDecimal(amount), d.getString("unit"),
                day(d.getString("from")), day(d.getString("to")),
                d.getList("roles", String.class, List.of()).stream().map(BackboneRole::fromKey)
                        .filter(java.util.Objects::nonNull).toList(),
                d.getString("status") == null ? ResourceStatus.PROPOSED : ResourceStatus.valueOf(d.getString("status")));
    }
}
