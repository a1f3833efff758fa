package org.backboneplanner.worksheet.partner;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner of a network's directory, as partner-service announced it; read to name role carriers. */
@Document("known_partners")
public record KnownPartner(@Id String id, @Indexed String networkId, String name, String kind, boolean archived) {
}
