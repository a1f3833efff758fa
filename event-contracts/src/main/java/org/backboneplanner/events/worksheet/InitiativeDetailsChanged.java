package org.backboneplanner.events.worksheet;

import java.util.List;

import org.backboneplanner.events.EventPayload;

/** An initiative's name, description, maturity, planning horizon, languages or visibility changed. */
public record InitiativeDetailsChanged(String name, String description, Maturity maturity, int startYear, int endYear,
                                       List<String> languages, Visibility visibility) implements EventPayload {
}
