package org.backboneplanner.events.partner;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/** A partner organization joined a network's directory; {@code contacts} are the people to reach there. */
public record PartnerRegistered(String partnerId, String name, String kind, List<String> sectors, String territory,
                                boolean influential, List<PartnerContact> contacts) implements EventPayload {

    public PartnerRegistered {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** As events written before contacts travelled with them read. */
    public PartnerRegistered(String partnerId, String name, String kind, List<String> sectors, String territory,
                             boolean influential) {
        this(partnerId, name, kind, sectors, territory, influential, List.of());
    }
}
