package org.backboneplanner.debrief.analytics;

import java.time.LocalDate;

/**
 * The figures that answer the seed's three debrief questions for one initiative, computed from its
 * worksheet and nothing else: the same worksheet and day always give the same figures.
 */
public record InitiativeAnalytics(Carrying carrying, Pooling pooling, Planning planning) {

    public static InitiativeAnalytics of(Worksheet worksheet, LocalDate today) {
        return new InitiativeAnalytics(Carrying.of(worksheet), Pooling.of(worksheet), Planning.of(worksheet, today));
    }
}
