package org.backboneplanner.partner.directory;

import java.time.Instant;
import java.util.List;

/** A partner as the API shows it. */
record PartnerView(String id, String networkId, String name, PartnerKind kind, String website, List<String> sectors,
                   String territory, Instant createdAt) {

    static PartnerView of(Partner partner) {
        return new PartnerView(partner.id(), partner.networkId(), partner.name(), partner.kind(), partner.website(),
                partner.sectors(), partner.territory(), partner.createdAt());
    }
}
