package org.backboneplanner.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code backbone_outbox_waiting} and {@code backbone_outbox_parked} at {@code /actuator/prometheus}. */
public class OutboxMetrics implements MeterBinder {

    private final OutboxRelay relay;

    public OutboxMetrics(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("backbone.outbox.waiting", relay, OutboxRelay::waiting)
                .description("events staged and not yet published").register(registry);
        Gauge.builder("backbone.outbox.parked", relay, OutboxRelay::parked)
                .description("events Kafka could never take, kept with the reason").register(registry);
    }
}
