package org.backboneplanner.partner.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.StaffTime;
import org.backboneplanner.support.problem.FieldProblem;

/**
 * The quantity rules: money is an amount in an ISO 4217 currency; staff time is hours per month or per
 * week (totals count hours per month: a week is 52/12 of a month's weeks); anything else may have an
 * amount with a free unit, or none.
 */
final class Quantities {

    static final String HOURS_PER_MONTH = StaffTime.HOURS_PER_MONTH;
    static final String HOURS_PER_WEEK = StaffTime.HOURS_PER_WEEK;

    private static final BigDecimal MAX_WEEKLY = new BigDecimal(168);
    private static final BigDecimal MAX_MONTHLY = new BigDecimal(744);

    private Quantities() {
    }

    static List<FieldProblem> check(ResourceKind kind, BigDecimal amount, String unit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amount != null && amount.signum() < 0) {
            problems.add(FieldProblem.said("amount", "range", "field.range.min", 0));
        }
        if (kind == ResourceKind.FUNDING) {
            if (amount == null) {
                problems.add(FieldProblem.said("amount", "required", "field.funding.amount"));
            }
            if (!isCurrency(unit)) {
                problems.add(FieldProblem.said("unit", "currency", "field.funding.currency"));
            }
        } else if (kind == ResourceKind.STAFF_TIME) {
            if (amount == null) {
                problems.add(FieldProblem.said("amount", "required", "field.staff-time.hours"));
            }
            if (!Set.of(HOURS_PER_MONTH, HOURS_PER_WEEK).contains(unit)) {
                problems.add(FieldProblem.of("unit", "one-of", HOURS_PER_MONTH + ", " + HOURS_PER_WEEK));
            } else if (amount != null && amount.compareTo(HOURS_PER_WEEK.equals(unit) ? MAX_WEEKLY : MAX_MONTHLY) > 0) {
                // a month holds 744 hours, a week 168: a pooled staff time above is a typing error
                problems.add(FieldProblem.said("amount", "range", "field.staff-time.most",
                        HOURS_PER_WEEK.equals(unit) ? MAX_WEEKLY : MAX_MONTHLY));
            }
        }
        return problems;
    }

    static BigDecimal hoursPerMonth(BigDecimal amount, String unit) {
        return StaffTime.hoursPerMonth(amount, unit);
    }

    static String normalizeUnit(ResourceKind kind, String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return kind == ResourceKind.FUNDING || kind == ResourceKind.STAFF_TIME ? unit.strip().toUpperCase(Locale.ROOT)
                : unit.strip();
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
