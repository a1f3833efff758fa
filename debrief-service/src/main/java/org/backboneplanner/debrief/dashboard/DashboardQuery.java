package org.backboneplanner.debrief.dashboard;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.backboneplanner.debrief.analytics.NetworkAnalytics.InitiativeRow;
import org.backboneplanner.events.worksheet.Maturity;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * How the dashboard is filtered and sorted; every part optional.
 *
 * @param maturity    only initiatives of this maturity
 * @param overdue     only initiatives with an overdue step
 * @param rolesToFind only initiatives with a role still "to find"
 * @param sort        the order of the initiatives (by name unless told)
 * @param descending  largest first
 */
record DashboardQuery(@Parameter(description = "Only initiatives of this maturity") Maturity maturity,
                      @Parameter(description = "Only initiatives with an overdue step (true) or without (false)")
                      Boolean overdue,
                      @Parameter(description = "Only initiatives with a role still to find (true) or without (false)")
                      Boolean rolesToFind,
                      @Parameter(description = "The order of the initiatives; by name unless told") Sort sort,
                      @Parameter(description = "Largest first") Boolean descending) {

    /** What the initiatives can be ordered by. */
    enum Sort {
        NAME, COVERAGE_SCORE, OVERDUE_STEPS, ROLES_TO_FIND, OPEN_STEPS
    }

    boolean keeps(InitiativeRow row) {
        return (maturity == null || maturity == row.maturity())
                && (overdue == null || overdue == row.overdueSteps() > 0)
                && (rolesToFind == null || rolesToFind == row.rolesToFind() > 0);
    }

    Comparator<InitiativeRow> order() {
        Comparator<InitiativeRow> byName = Comparator.comparing(InitiativeRow::name,
                Collator.getInstance(Locale.FRENCH));
        Comparator<InitiativeRow> order = switch (sort == null ? Sort.NAME : sort) {
            case NAME -> byName;
            case COVERAGE_SCORE -> Comparator.comparingInt(InitiativeRow::coverageScore);
            case OVERDUE_STEPS -> Comparator.comparingInt(InitiativeRow::overdueSteps);
            case ROLES_TO_FIND -> Comparator.comparingInt(InitiativeRow::rolesToFind);
            case OPEN_STEPS -> Comparator.comparingInt(InitiativeRow::openSteps);
        };
        order = Boolean.TRUE.equals(descending) ? order.reversed() : order;
        return order.thenComparing(byName).thenComparing(InitiativeRow::initiativeId);
    }
}
