package org.backboneplanner.debrief.coverage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds worksheet events to the coverage projection. */
@Component
class WorksheetEventsListener {

    private final CoverageProjection projection;
    private final ConsumedEvents events;

    WorksheetEventsListener(CoverageProjection projection, ConsumedEvents events) {
        this.events = events;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(projection::apply);
    }
}
