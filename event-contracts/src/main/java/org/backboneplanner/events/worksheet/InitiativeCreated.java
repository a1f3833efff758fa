package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/** A member opened a new initiative; its worksheet with the six roles, all empty, comes with it. */
public record InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                                int endYear, List<String> languages, Visibility visibility) implements EventPayload {
}
