package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;

/** Step 2: the resources the table intends to pool, with whom, for which roles. */
public record PoolingIntentionsUpdated(List<Intention> intentions, List<Intention> before) implements EventPayload {

    /** One intention: what to pool, with which partner (if known), for which roles. */
    public record Intention(String description, String partnerId, String partnerName, List<BackboneRole> roles) {
    }
}
