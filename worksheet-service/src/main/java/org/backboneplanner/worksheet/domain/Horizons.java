package org.backboneplanner.worksheet.domain;

import java.time.LocalDate;

import org.backboneplanner.events.worksheet.Horizon;

/** The horizon a due date implies when nobody chose one: under a year, one to three years, beyond. */
final class Horizons {

    private Horizons() {
    }

    static Horizon of(LocalDate today, LocalDate dueDate) {
        if (dueDate.isBefore(today.plusYears(1))) {
            return Horizon.SHORT;
        }
        if (!dueDate.isAfter(today.plusYears(3))) {
            return Horizon.MEDIUM;
        }
        return Horizon.LONG;
    }
}
