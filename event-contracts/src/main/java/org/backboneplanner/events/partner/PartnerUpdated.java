package org.backboneplanner.events.partner;

import java.util.List;
import java.util.Set;

import org.backboneplanner.events.EventPayload;

/**
 * A partner's description changed, or it was archived (kept, with its history, but no longer offered
 * for new roles or resources); {@code changed} names the fields; {@code contacts} are all its contacts now.
 */
public record PartnerUpdated(String partnerId, String name, String kind, List<String> sectors, String territory,
                             boolean influential, boolean archived, Set<String> changed,
                             List<PartnerContact> contacts) implements EventPayload {

    public PartnerUpdated {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public PartnerUpdated(String partnerId, String name, String kind, List<String> sectors, String territory,
                          boolean influential, boolean archived, Set<String> changed) {
        this(partnerId, name, kind, sectors, territory, influential, archived, changed, List.of());
    }
}
