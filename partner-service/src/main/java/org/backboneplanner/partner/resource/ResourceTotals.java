package org.backboneplanner.partner.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;

/**
 * Totals of pooled resources: money by currency and staff time in hours per month, for what is
 * secured (committed or delivered) and what is only proposed; withdrawn resources count nowhere. A
 * resource serving several roles counts in full for each, so role totals may add up to more than the
 * whole.
 */
record ResourceTotals(Amounts secured, Amounts proposed, List<RoleTotals> byRole, List<PartnerTotals> byPartner) {

    /**
     * Money by currency (every period together), the same split by the period each sum covers, staff hours per
     * month, and how many resources. A grant for one year and one for three are not the same money: clients show
     * {@code moneyByPeriod} so totals of different periods are never added silently.
     */
    record Amounts(Map<String, BigDecimal> money, List<PeriodMoney> moneyByPeriod, BigDecimal staffHoursPerMonth,
                   int resources) {
    }

    /** Money of one currency over one period ({@code from}, {@code to}; either null when the resource says none). */
    record PeriodMoney(String currency, LocalDate from, LocalDate to, BigDecimal amount) {
    }

    record RoleTotals(BackboneRole role, String labelFr, String labelEn, Amounts secured, Amounts proposed) {
    }

    record PartnerTotals(String partnerId, String partnerName, Amounts secured, Amounts proposed) {
    }

    static ResourceTotals of(List<PooledResourceDetails> resources) {
        List<RoleTotals> byRole = new ArrayList<>();
        for (BackboneRole role : BackboneRole.values()) {
            List<PooledResourceDetails> serving = resources.stream().filter(r -> r.roles().contains(role)).toList();
            byRole.add(new RoleTotals(role, role.labelFr(), role.labelEn(), sum(serving, ResourceStatus::secured),
                    sum(serving, status -> status == ResourceStatus.PROPOSED)));
        }
        Map<String, List<PooledResourceDetails>> partners = new LinkedHashMap<>();
        resources.forEach(r -> partners.computeIfAbsent(r.partnerId(), id -> new ArrayList<>()).add(r));
        List<PartnerTotals> byPartner = partners.values().stream().map(offered -> new PartnerTotals(
                offered.get(0).partnerId(), offered.get(0).partnerName(), sum(offered, ResourceStatus::secured),
                sum(offered, status -> status == ResourceStatus.PROPOSED))).toList();
        return new ResourceTotals(sum(resources, ResourceStatus::secured),
                sum(resources, status -> status == ResourceStatus.PROPOSED), byRole, byPartner);
    }

    private static Amounts sum(List<PooledResourceDetails> resources, Predicate<ResourceStatus> counted) {
        Map<String, BigDecimal> money = new TreeMap<>();
        Map<List<Object>, PeriodMoney> byPeriod = new LinkedHashMap<>();
        BigDecimal hours = BigDecimal.ZERO;
        int count = 0;
        for (PooledResourceDetails r : resources) {
            if (!counted.test(r.status())) {
                continue;
            }
            count++;
            if (r.kind() == ResourceKind.FUNDING && r.amount() != null) {
                money.merge(r.unit(), r.amount(), BigDecimal::add);
                byPeriod.merge(Arrays.asList(r.unit(), r.from(), r.to()), new PeriodMoney(r.unit(), r.from(), r.to(),
                        r.amount()), (a, b) -> new PeriodMoney(a.currency(), a.from(), a.to(), a.amount().add(b.amount())));
            } else if (r.kind() == ResourceKind.STAFF_TIME) {
                hours = hours.add(Quantities.hoursPerMonth(r.amount(), r.unit()));
            }
        }
        List<PeriodMoney> periods = byPeriod.values().stream().sorted(Comparator.comparing(PeriodMoney::currency)
                .thenComparing(PeriodMoney::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PeriodMoney::to, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        return new Amounts(money, periods, hours, count);
    }
}
