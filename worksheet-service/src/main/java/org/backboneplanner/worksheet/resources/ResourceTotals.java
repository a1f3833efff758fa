package org.backboneplanner.worksheet.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.StaffTime;

/**
 * What some pooled resources add up to, as partner-service counts them: money by currency, staff time in
 * hours per month (a week counts 52/12 of a month's weeks) and how many other resources. {@link #secured}
 * counts committed and delivered ones, {@link #proposed} those only offered; withdrawn ones count nowhere.
 */
public record ResourceTotals(Map<String, BigDecimal> money, Map<Period, BigDecimal> moneyByPeriod,
                             BigDecimal hoursPerMonth, int others) {

    /**
     * Money of one currency over one period: a grant for a year and one for three years are not the same money,
     * so totals say each period's sum rather than add them silently. {@code from} or {@code to} may be null.
     */
    public record Period(String currency, LocalDate from, LocalDate to) {

        static final Comparator<Period> ORDER = Comparator.comparing(Period::currency)
                .thenComparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Period::to, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    public static ResourceTotals secured(List<PooledResource> resources) {
        return sum(resources, ResourceStatus::secured);
    }

    public static ResourceTotals proposed(List<PooledResource> resources) {
        return sum(resources, status -> status == ResourceStatus.PROPOSED);
    }

    public boolean isEmpty() {
        return money.isEmpty() && hoursPerMonth.signum() == 0 && others == 0;
    }

    private static ResourceTotals sum(List<PooledResource> resources, Predicate<ResourceStatus> counted) {
        Map<String, BigDecimal> money = new TreeMap<>();
        Map<Period, BigDecimal> byPeriod = new TreeMap<>(Period.ORDER);
        BigDecimal hours = BigDecimal.ZERO;
        int others = 0;
        for (PooledResource r : resources) {
            if (!counted.test(r.status())) {
                continue;
            }
            if (r.kind() == ResourceKind.FUNDING && r.amount() != null && r.unit() != null) {
                money.merge(r.unit(), r.amount(), BigDecimal::add);
                byPeriod.merge(new Period(r.unit(), r.from(), r.to()), r.amount(), BigDecimal::add);
            } else if (r.kind() == ResourceKind.STAFF_TIME && r.amount() != null) {
                hours = hours.add(StaffTime.hoursPerMonth(r.amount(), r.unit()));
            } else {
                others++;
            }
        }
        return new ResourceTotals(money, byPeriod, hours, others);
    }
}
