package org.backboneplanner.worksheet.initiative;

import java.time.Instant;

/** An initiative as the API shows it. */
record InitiativeView(String id, String networkId, String name, String description, String createdBy,
                      Instant createdAt) {

    static InitiativeView of(Initiative initiative) {
        return new InitiativeView(initiative.id(), initiative.networkId(), initiative.name(),
                initiative.description(), initiative.createdBy(), initiative.createdAt());
    }
}
