package org.backboneplanner.support.outbox;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The outbox in the health answer ({@code /actuator/health/outbox}): how many events wait for Kafka, how
 * long the oldest has waited, and how many were parked because Kafka can never take them. Parked events
 * turn the status to {@code PARKED}, which answers 200 (the service still works) but stands out.
 */
public class OutboxHealth extends AbstractHealthIndicator {

    static final String PARKED = "PARKED";

    private final OutboxRelay relay;

    public OutboxHealth(OutboxRelay relay) {
        super("Outbox health check failed");
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long parked = relay.parked();
        (parked > 0 ? builder.status(PARKED) : builder.up())
                .withDetail("waiting", relay.waiting())
                .withDetail("parked", parked)
                .withDetail("oldestWaitSeconds", relay.oldestWait().toSeconds());
    }
}
