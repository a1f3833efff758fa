package org.backboneplanner.events.partner;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/** A partner organization joined a network's directory. */
public record PartnerRegistered(String partnerId, String name, String kind, List<String> sectors, String territory,
                                boolean influential) implements EventPayload {
}
