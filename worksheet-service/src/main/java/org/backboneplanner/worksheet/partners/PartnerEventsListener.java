package org.backboneplanner.worksheet.partners;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.backboneplanner.support.consumption.Projections;
import org.backboneplanner.worksheet.resources.PooledResources;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PartnerDirectory} in step with partner-service (names, contacts, and whether archived), and
 * hands resource events to {@link PooledResources}: one listener per topic, so this service's group reads
 * every partition of it in one place.
 */
@Component
class PartnerEventsListener {

    private final MongoTemplate mongo;
    private final ConsumedEvents events;
    private final PooledResources resources;

    PartnerEventsListener(MongoTemplate mongo, ConsumedEvents events, PooledResources resources) {
        this.events = events;
        this.mongo = mongo;
        this.resources = resources;
    }

    @KafkaListener(topics = Topics.PARTNER)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(this::apply);
    }

    private void apply(EventEnvelope event) {
        Update update;
        if (event.payload() instanceof PartnerRegistered registered) {
            update = partner(registered.name(), registered.kind(), false, registered.contacts());
        } else if (event.payload() instanceof PartnerUpdated updated) {
            update = partner(updated.name(), updated.kind(), updated.archived(), updated.contacts());
        } else {
            resources.apply(event);
            return;
        }
        Projections.applyInOrder(mongo, mongo.getCollectionName(KnownPartner.class), event, update);
    }

    private Update partner(String name, String kind, boolean archived, List<PartnerContact> contacts) {
        return new Update().set("name", name).set("kind", kind).set("archived", archived)
                .set("contacts", mongo.getConverter().convertToMongoType(contacts));
    }
}
