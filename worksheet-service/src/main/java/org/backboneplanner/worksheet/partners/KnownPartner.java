package org.backboneplanner.worksheet.partners;

import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.support.text.EmailAddress;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner of a network's directory, as partner-service announced it: read to name role carriers, and
 * to know its contacts, the only addresses a next step owned by this partner may be reminded at.
 */
@Document("known_partners")
public record KnownPartner(@Id String id, @Indexed String networkId, String name, String kind, boolean archived,
                           List<PartnerContact> contacts) {

    public KnownPartner {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** The contact with this address, compared without case or surrounding spaces. */
    public Optional<PartnerContact> contact(String email) {
        return contacts.stream().filter(c -> EmailAddress.same(c.email(), email)).findFirst();
    }
}
