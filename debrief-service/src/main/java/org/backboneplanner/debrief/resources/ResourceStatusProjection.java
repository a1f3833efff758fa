package org.backboneplanner.debrief.resources;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.backboneplanner.support.consumption.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Which roles pooled resources serve, and how far each resource has come, from partner-service's
 * events: the debrief's second question asks whether resources are pooled to carry the roles.
 */
@Component
public class ResourceStatusProjection {

    private static final String COLLECTION = "pooled_resource_status";

    private final MongoTemplate mongo;
    private final ConsumedEvents events;

    ResourceStatusProjection(MongoTemplate mongo, ConsumedEvents events) {
        this.events = events;
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.PARTNER)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(this::apply);
    }

    void apply(EventEnvelope event) {
        PooledResourceDetails resource = event.payload() instanceof ResourcePooled pooled ? pooled.resource()
                : event.payload() instanceof ResourceStatusChanged changed ? changed.resource()
                : event.payload() instanceof ResourceUpdated updated ? updated.resource() : null;
        if (resource == null) {
            return;
        }
        Projections.applyInOrder(mongo, COLLECTION, event, new Update()
                .set("networkId", event.networkId())
                .set("initiativeId", resource.initiativeId())
                .set("status", resource.status().name())
                .set("roles", resource.roles().stream().map(Enum::name).toList()));
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
