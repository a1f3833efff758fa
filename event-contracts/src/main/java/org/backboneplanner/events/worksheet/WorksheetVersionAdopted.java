package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** A coordinator adopted the worksheet as it stands as a named, read-only version. */
public record WorksheetVersionAdopted(String versionId, String name, int number) implements EventPayload {
}
