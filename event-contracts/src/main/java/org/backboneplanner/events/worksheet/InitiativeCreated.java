package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/**
 * A member opened a new initiative; its worksheet with the six roles, all empty, comes with it.
 * {@code audience} is who may see it (its creator coordinates it); {@code networkName} the network's name
 * as its creator's token gave it (null in events written before it travelled with them: show the id).
 */
public record InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                                int endYear, List<String> languages, Visibility visibility, Audience audience,
                                String networkName)
        implements EventPayload {

    /** As events written before the network's name travelled with them read. */
    public InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                             int endYear, List<String> languages, Visibility visibility, Audience audience) {
        this(name, description, createdBy, maturity, startYear, endYear, languages, visibility, audience, null);
    }

    /** As events written before the audience travelled with them read. */
    public InitiativeCreated(String name, String description, String createdBy, Maturity maturity, int startYear,
                             int endYear, List<String> languages, Visibility visibility) {
        this(name, description, createdBy, maturity, startYear, endYear, languages, visibility, null, null);
    }
}
