package org.backboneplanner.events.partner;

import org.backboneplanner.events.EventPayload;

/** A partner organization joined a network's directory. */
public record PartnerRegistered(String partnerId, String name, String kind) implements EventPayload {
}
