package org.backboneplanner.debrief.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.backboneplanner.debrief.analytics.Worksheet;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pooled resources from partner-service's events, one document per resource: which partner pools what
 * (kind, amount and unit, period), for which roles, and how far it has come. The debrief's second question
 * asks whether resources are pooled to carry the roles. Each document also keeps its last states with the
 * time of each, so figures can be told as they stood when a version was adopted, the same however late
 * the partner topic is read.
 */
@Component
public class ResourceStatusProjection {

    private static final String COLLECTION = "pooled_resource_status";
    /** States kept per resource: a resource changes a handful of times; older states only matter to old versions. */
    private static final int KEPT_STATES = 50;

    private final MongoTemplate mongo;

    ResourceStatusProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A resource pooled, changed or moved on; any other partner event is not this projection's. */
    public void apply(EventEnvelope event) {
        PooledResourceDetails resource = event.payload() instanceof ResourcePooled pooled ? pooled.resource()
                : event.payload() instanceof ResourceStatusChanged changed ? changed.resource()
                : event.payload() instanceof ResourceUpdated updated ? updated.resource() : null;
        if (resource == null) {
            return;
        }
        Document state = state(resource).append("at", java.util.Date.from(event.occurredAt()));
        Update update = new Update().set("networkId", event.networkId()).set("initiativeId", resource.initiativeId());
        state(resource).forEach(update::set);
        update.push("states").slice(-KEPT_STATES).each(state);
        Projections.applyInOrder(mongo, COLLECTION, event, update);
    }

    private static Document state(PooledResourceDetails resource) {
        return new Document("status", resource.status().name())
                .append("roles", resource.roles().stream().map(Enum::name).toList())
                .append("partnerId", resource.partnerId())
                .append("partnerName", resource.partnerName())
                .append("kind", resource.kind() == null ? null : resource.kind().name())
                .append("amount", resource.amount() == null ? null : resource.amount().toPlainString())
                .append("unit", resource.unit())
                .append("from", resource.from() == null ? null : resource.from().toString())
                .append("to", resource.to() == null ? null : resource.to().toString());
    }

    /**
     * The resources pooled for an initiative as they stood at {@code asOf} (null: now), withdrawn ones
     * included, for the analytics to judge.
     */
    public List<Worksheet.Resource> of(String networkId, String initiativeId, Instant asOf) {
        List<Worksheet.Resource> resources = new ArrayList<>();
        for (Document document : mongo.find(Query.query(Criteria.where("networkId").is(networkId)
                .and("initiativeId").is(initiativeId)), Document.class, COLLECTION)) {
            Document state = asOf == null ? document : document.getList("states", Document.class, List.of()).stream()
                    .filter(s -> !s.getDate("at").toInstant().isAfter(asOf)).reduce((a, b) -> b).orElse(null);
            if (state != null) {
                resources.add(resource(document.getString("_id"), state));
            }
        }
        return resources;
    }

    /** The resources pooled for each initiative of a network, as they stand now. */
    public Map<String, List<Worksheet.Resource>> ofNetwork(String networkId) {
        Map<String, List<Worksheet.Resource>> byInitiative = new java.util.HashMap<>();
        for (Document document : mongo.find(Query.query(Criteria.where("networkId").is(networkId)
                .and("initiativeId").ne(null)), Document.class, COLLECTION)) {
            byInitiative.computeIfAbsent(document.getString("initiativeId"), i -> new ArrayList<>())
                    .add(resource(document.getString("_id"), document));
        }
        return byInitiative;
    }

    private static Worksheet.Resource resource(String id, Document state) {
        String kind = state.getString("kind");
        String amount = state.getString("amount");
        return new Worksheet.Resource(id, state.getString("partnerId"), state.getString("partnerName"),
                kind == null ? ResourceKind.OTHER : ResourceKind.valueOf(kind), amount == null ? null : new BigDecimal(amount),
                state.getString("unit"), date(state.getString("from")), date(state.getString("to")),
                state.getList("roles", String.class, List.of()).stream().map(BackboneRole::valueOf)
                        .collect(Collectors.toSet()),
                ResourceStatus.valueOf(state.getString("status")));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** Per role of an initiative: how many resources are secured (committed or delivered) and proposed. */
    public Map<BackboneRole, Counts> countsByRole(String networkId, String initiativeId) {
        Map<BackboneRole, Counts> counts = new EnumMap<>(BackboneRole.class);
        for (BackboneRole role : BackboneRole.values()) {
            counts.put(role, new Counts(0, 0));
        }
        for (Document resource : mongo.find(Query.query(Criteria.where("networkId").is(networkId)
                .and("initiativeId").is(initiativeId)), Document.class, COLLECTION)) {
            ResourceStatus status = ResourceStatus.valueOf(resource.getString("status"));
            for (String role : resource.getList("roles", String.class, List.of())) {
                counts.computeIfPresent(BackboneRole.valueOf(role), (r, c) -> c.plus(status));
            }
        }
        return counts;
    }

    /** Resources serving a role: secured, and only proposed. Withdrawn ones count nowhere. */
    public record Counts(int secured, int proposed) {

        Counts plus(ResourceStatus status) {
            return status.secured() ? new Counts(secured + 1, proposed)
                    : status == ResourceStatus.PROPOSED ? new Counts(secured, proposed + 1) : this;
        }
    }
}
