package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/**
 * A member opened a new initiative; its worksheet with the six roles, all empty, comes with it.
 * {@code audience} is who may see it (its creator coordinates it).
 */
public record InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                                int endYear, List<String> languages, Visibility visibility, Audience audience)
        implements EventPayload {

    /** As events written before the audience travelled with them read. */
    public InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                             int endYear, List<String> languages, Visibility visibility) {
        this(name, description, createdBy, maturity, startYear, endYear, languages, visibility, null);
    }
}
