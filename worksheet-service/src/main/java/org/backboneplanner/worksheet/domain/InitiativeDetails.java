package org.backboneplanner.worksheet.domain;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;

/** What describes an initiative: its name, maturity, planning horizon (in years), languages and visibility. */
public record InitiativeDetails(String name, String description, Maturity maturity, int startYear, int endYear,
                                List<String> languages, Visibility visibility) {

    /** The longest planning horizon, in years. */
    public static final int LONGEST_HORIZON = 20;

    public InitiativeDetails {
        maturity = maturity == null ? Maturity.EMERGING : maturity;
        languages = languages == null ? List.of("fr") : List.copyOf(languages);
        visibility = visibility == null ? Visibility.NETWORK : visibility;
    }

    /** The seed insists on planning beyond a single year: a horizon spans two years at least. */
    public void requireLongEnoughHorizon() {
        if (endYear <= startYear || endYear - startYear > LONGEST_HORIZON) {
            throw new InvalidInputException(FieldProblem.of("endYear", "horizon", LONGEST_HORIZON));
        }
    }

    /**
     * A due date must fall within the horizon, give or take a few years, and never before 2000: a date far
     * off is a typing error, and a reminder planner must never chase it.
     */
    public void requirePlannable(LocalDate dueDate) {
        LocalDate earliest = earliestDueDate();
        LocalDate latest = latestDueDate();
        if (dueDate.isBefore(earliest) || dueDate.isAfter(latest)) {
            throw new InvalidInputException(FieldProblem.of("dueDate", "date-range", earliest, latest, startYear,
                    endYear, Limits.YEARS_AROUND_HORIZON));
        }
    }

    /** The earliest due date a next step may have: the horizon's first year less a few, never before 2000. */
    public LocalDate earliestDueDate() {
        return later(Limits.EARLIEST, LocalDate.of(startYear - Limits.YEARS_AROUND_HORIZON, 1, 1));
    }

    /** The latest due date a next step may have: the horizon's last year and a few more, never after 2100. */
    public LocalDate latestDueDate() {
        return earlier(Limits.LATEST, LocalDate.of(endYear + Limits.YEARS_AROUND_HORIZON, 12, 31));
    }

    /** Whether a due date falls in the horizon's years; a step due outside them is kept, with a warning. */
    public boolean withinHorizon(LocalDate dueDate) {
        return dueDate.getYear() >= startYear && dueDate.getYear() <= endYear;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
