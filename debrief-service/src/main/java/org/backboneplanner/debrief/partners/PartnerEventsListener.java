package org.backboneplanner.debrief.partners;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The partner topic, read in one place (one listener per topic, so this service's group reads every partition of
 * it here): partners' names to {@link PartnerNames}, pooled resources to {@link ResourceStatusProjection}.
 */
@Component
class PartnerEventsListener {

    private final ConsumedEvents events;
    private final PartnerNames names;
    private final ResourceStatusProjection resources;

    PartnerEventsListener(ConsumedEvents events, PartnerNames names, ResourceStatusProjection resources) {
        this.events = events;
        this.names = names;
        this.resources = resources;
    }

    @KafkaListener(topics = Topics.PARTNER)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!names.apply(event)) {
            resources.apply(event);
        }
    }
}
