package org.backboneplanner.worksheet.version;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.worksheet.step2.Plan;
import org.backboneplanner.worksheet.step2.Pooling;
import org.backboneplanner.worksheet.worksheet.RoleRow;

/**
 * A worksheet adopted as it stood, under a name (e.g. "Plan 2026–2029"). It never changes: the draft
 * goes on from it.
 */
public record WorksheetVersion(String id, int number, String name, String adoptedBy, String adoptedByName,
                               Instant adoptedAt, List<RoleRow> roles, Pooling pooling, List<Plan> plans) {
}
