package org.backboneplanner.worksheet.partners;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.support.consumption.AppliedEvents;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps {@link PartnerDirectory} in step with partner-service: names, contacts, and whether archived. */
@Component
class PartnerEventsListener {

    private final PartnerDirectory directory;
    private final AppliedEvents applied;

    PartnerEventsListener(PartnerDirectory directory, AppliedEvents applied) {
        this.directory = directory;
        this.applied = applied;
    }

    @KafkaListener(topics = Topics.PARTNER)
    void on(String json) {
        ConsumedEvents.read(Topics.PARTNER, json).ifPresent(event -> applied.applyOnce(event, () -> apply(event)));
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof PartnerRegistered registered) {
            directory.save(new KnownPartner(registered.partnerId(), event.networkId(), registered.name(),
                    registered.kind(), false, registered.contacts()));
        } else if (event.payload() instanceof PartnerUpdated updated) {
            directory.save(new KnownPartner(updated.partnerId(), event.networkId(), updated.name(), updated.kind(),
                    updated.archived(), updated.contacts()));
        }
    }
}
