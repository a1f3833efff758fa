package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/**
 * An initiative's name, description, maturity, planning horizon, languages or visibility changed;
 * {@code audience} is who may see it now.
 */
public record InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                       List<String> languages, Visibility visibility, Audience audience)
        implements EventPayload {

    public InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                    List<String> languages, Visibility visibility) {
        this(name, description, maturity, startYear, endYear, languages, visibility, null);
    }
}
