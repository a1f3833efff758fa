package org.backboneplanner.worksheet.domain;

import java.util.List;

import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.Visibility;

/** What describes an initiative: its name, maturity, planning horizon (in years), languages and visibility. */
public record InitiativeDetails(String name, String description, Maturity maturity, int startYear, int endYear,
                                List<String> languages, Visibility visibility) {
}
