package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/**
 * An initiative's name, description, maturity, planning horizon, languages or visibility changed, or its
 * network was renamed; {@code audience} is who may see it now, {@code networkName} the network's name now
 * (null in events written before it travelled with them).
 */
public record InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                       List<String> languages, Visibility visibility, Audience audience,
                                       String networkName)
        implements EventPayload {

    public InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                    List<String> languages, Visibility visibility, Audience audience) {
        this(name, description, maturity, startYear, endYear, languages, visibility, audience, null);
    }

    public InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                    List<String> languages, Visibility visibility) {
        this(name, description, maturity, startYear, endYear, languages, visibility, null, null);
    }
}
