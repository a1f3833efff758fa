package org.backboneplanner.partner.initiative;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.consumption.AudienceProjection;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.backboneplanner.support.consumption.Projections;
import org.backboneplanner.support.problem.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The initiatives partner-service knows of, projected from worksheet-service's events. */
@Component
public class KnownInitiatives {

    private static final String COLLECTION = "known_initiatives";

    private final MongoTemplate mongo;
    private final ConsumedEvents events;

    KnownInitiatives(MongoTemplate mongo, ConsumedEvents events) {
        this.events = events;
        this.mongo = mongo;
    }

    /** The initiative if it is in the network; another network's initiative is as unknown as a missing one. */
    public KnownInitiative get(String networkId, String initiativeId) {
        KnownInitiative initiative = mongo.findOne(Query.query(Criteria.where("_id").is(initiativeId)
                .and("networkId").is(networkId).and("name").exists(true)), KnownInitiative.class);
        if (initiative == null) {
            throw new NotFoundException("not-found.initiative", initiativeId);
        }
        return initiative;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(this::apply);
    }

    void apply(EventEnvelope event) {
        if (!event.aggregateId().equals(event.initiativeId())) {
            return; // comments and other aggregates of an initiative
        }
        Update update = new Update().set("networkId", event.networkId());
        AudienceProjection.project(event, update);
        // every event of the initiative moves the sequence, so none is applied out of order
        Projections.applyInOrder(mongo, COLLECTION, event, update);
    }
}
