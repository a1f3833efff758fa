package org.backboneplanner.worksheet.domain;

import java.time.Instant;

/**
 * What an initiative remembers of a version it adopted: its name and who adopted it when. The content
 * lives in its own document ({@link WorksheetVersion}), so adopting versions never makes the initiative grow
 * by whole copies of its worksheet.
 */
public record AdoptedVersion(String id, int number, String name, String adoptedBy, String adoptedByName,
                             Instant adoptedAt) {
}
