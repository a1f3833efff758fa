package org.backboneplanner.worksheet.resources;

import java.math.BigDecimal;
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
public record ResourceTotals(Map<String, BigDecimal> money, BigDecimal hoursPerMonth, int others) {

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
        BigDecimal hours = BigDecimal.ZERO;
        int others = 0;
        for (PooledResource r : resources) {
            if (!counted.test(r.status())) {
                continue;
            }
            if (r.kind() == ResourceKind.FUNDING && r.amount() != null && r.unit() != null) {
                money.merge(r.unit(), r.amount(), BigDecimal::add);
            } else if (r.kind() == ResourceKind.STAFF_TIME && r.amount() != null) {
                hours = hours.add(StaffTime.hoursPerMonth(r.amount(), r.unit()));
            } else {
                others++;
            }
        }
        return new ResourceTotals(money, hours, others);
    }
}
