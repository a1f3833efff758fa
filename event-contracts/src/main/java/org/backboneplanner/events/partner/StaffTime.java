package org.backboneplanner.events.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The units staff time is pooled in ({@link PooledResourceDetails#unit()}), and how every service that adds
 * it up counts it: in hours per month, a week being 52/12 of a month's weeks.
 */
public final class StaffTime {

    public static final String HOURS_PER_MONTH = "HOURS_PER_MONTH";
    public static final String HOURS_PER_WEEK = "HOURS_PER_WEEK";
    private static final BigDecimal WEEKS_PER_MONTH = new BigDecimal(52).divide(new BigDecimal(12), 10,
            RoundingMode.HALF_UP);

    private StaffTime() {
    }

    /** {@code amount} in {@code unit} as hours per month; none counts as zero. */
    public static BigDecimal hoursPerMonth(BigDecimal amount, String unit) {
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        return HOURS_PER_WEEK.equals(unit) ? amount.multiply(WEEKS_PER_MONTH).setScale(2, RoundingMode.HALF_UP) : amount;
    }
}
