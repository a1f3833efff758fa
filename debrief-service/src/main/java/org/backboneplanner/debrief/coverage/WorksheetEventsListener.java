package org.backboneplanner.debrief.coverage;

import org.backboneplanner.events.Topics;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds worksheet events to the coverage projection. */
@Component
class WorksheetEventsListener {

    private final CoverageProjection projection;

    WorksheetEventsListener(CoverageProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(String json) {
        ConsumedEvents.read(Topics.WORKSHEET, json).ifPresent(projection::apply);
    }
}
