package org.backboneplanner.worksheet.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A worksheet adopted as it stood, under a name (e.g. "Plan 2026–2029"). It never changes: the draft
 * goes on from it. One document per version, beside the initiative that lists it.
 */
@Document("worksheet_versions")
public record WorksheetVersion(@Id String id, String networkId, String initiativeId, int number, String name,
                               String adoptedBy, String adoptedByName, Instant adoptedAt, List<RoleRow> roles,
                               Pooling pooling, List<Plan> plans) {

    public AdoptedVersion summary() {
        return new AdoptedVersion(id, number, name, adoptedBy, adoptedByName, adoptedAt);
    }
}
