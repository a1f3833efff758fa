package org.backboneplanner.partner.directory;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.support.web.Etags;

/** A partner as the API shows it; {@code etag} goes back in {@code If-Match} to change it. */
record PartnerView(String id, String networkId, String name, PartnerKind kind, String website, List<String> sectors,
                   String territory, List<Contact> contacts, String notes, boolean influential, boolean archived,
                   List<Affiliation> affiliations, Instant createdAt, String etag) {

    static PartnerView of(Partner partner) {
        PartnerDescription d = partner.description();
        return new PartnerView(partner.id(), partner.networkId(), d.name(), d.kind(), d.website(), d.sectors(),
                d.territory(), d.contacts(), d.notes(), d.influential(), partner.archived(), partner.affiliations(),
                partner.createdAt(), etag(partner));
    }

    static String etag(Partner partner) {
        return Etags.of("p" + partner.version());
    }
}
