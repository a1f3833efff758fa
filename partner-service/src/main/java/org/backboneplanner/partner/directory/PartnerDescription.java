package org.backboneplanner.partner.directory;

import java.util.List;

/** Everything that describes a partner organization. */
public record PartnerDescription(String name, PartnerKind kind, String website, List<String> sectors,
                                 String territory, List<Contact> contacts, String notes, boolean influential) {

    public PartnerDescription {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
