package org.backboneplanner.partner.importing;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One CSV import in progress or done. Its partners are stored held (invisible, events unpublished)
 * and released together once all are stored; a batch left pending (a crash mid-import) is rolled back.
 */
@Document("partner_imports")
record ImportBatch(@Id String id, String networkId, Status status, int partners, String importedBy,
                   Instant startedAt) {

    enum Status {
        PENDING, COMPLETE, ROLLED_BACK
    }
}
