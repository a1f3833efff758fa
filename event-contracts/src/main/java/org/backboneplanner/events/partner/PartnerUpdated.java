package org.backboneplanner.events.partner;

import java.util.List;
import java.util.Set;

import org.backboneplanner.events.EventPayload;

/**
 * A partner's description changed, or it was archived (kept, with its history, but no longer offered
 * for new roles or resources); {@code changed} names the fields.
 */
public record PartnerUpdated(String partnerId, String name, String kind, List<String> sectors, String territory,
                             boolean influential, boolean archived, Set<String> changed) implements EventPayload {
}
