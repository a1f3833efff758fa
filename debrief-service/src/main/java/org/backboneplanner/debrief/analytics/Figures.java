package org.backboneplanner.debrief.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headline figures of a debrief, the ones a group follows from one adopted version to the next:
 * counts of roles in each state, money and staff time secured, steps. {@link #changesSince} names what
 * moved.
 */
public record Figures(int carriedRoles, int rolesToFind, int singleCarrierRoles, int uncoveredRoles, int rolesWithMoreWeaknesses,
                      int sharedRoles, int rolesWithoutPooledResource, Map<String, BigDecimal> securedMoney,
                      BigDecimal securedHoursPerMonth, Map<String, Double> largestShare, int openSteps,
                      int overdueSteps, int doneSteps, int rolesWithNothingBeyondTwelveMonths, int plansReady) {

    public static Figures of(InitiativeAnalytics analytics) {
        Carrying carrying = analytics.carrying();
        Pooling pooling = analytics.pooling();
        Planning planning = analytics.planning();
        Map<String, BigDecimal> money = new TreeMap<>();
        pooling.securedMoney().forEach(m -> money.put(m.currency(), m.amount()));
        Map<String, Double> shares = new TreeMap<>();
        pooling.concentration().forEach(c -> shares.put(c.currency(), c.largestShare()));
        return new Figures(
                (int) carrying.roles().stream().filter(r -> r.cover() == Carrying.Cover.SINGLE_CARRIER
                        || r.cover() == Carrying.Cover.SEVERAL_CARRIERS).count(),
                // as the debrief's card counts them: a role whose only carriers are still "to find"
                (int) carrying.roles().stream().filter(r -> r.cover() == Carrying.Cover.ONLY_TO_FIND).count(),
                carrying.singleCarrier().size(), carrying.uncovered().size(), carrying.moreWeaknesses().size(),
                carrying.shared().size(), pooling.withoutPooledResource().size(), money,
                pooling.securedHoursPerMonth(), shares, planning.open(), planning.overdue(), planning.done(),
                planning.nothingBeyondTwelveMonths().size(),
                (int) planning.plans().stream().filter(p -> p.readiness() == Planning.Readiness.PLANNED).count());
    }

    /**
     * One figure that moved: its name (as in this record, with the currency for money, e.g.
     * {@code securedMoney.CAD}) and both values, {@code before} null for a figure that was not there.
     */
    public record Change(String figure, BigDecimal before, BigDecimal now) {
    }

    /** What moved since {@code before}, in this record's order; nothing when nothing moved. */
    public List<Change> changesSince(Figures before) {
        Map<String, BigDecimal> was = before.named();
        List<Change> changes = new ArrayList<>();
        named().forEach((figure, now) -> {
            BigDecimal then = was.get(figure);
            if (then == null || then.compareTo(now) != 0) {
                changes.add(new Change(figure, then, now));
            }
        });
        was.forEach((figure, then) -> {
            if (!named().containsKey(figure)) {
                changes.add(new Change(figure, then, null));
            }
        });
        return changes;
    }

    private Map<String, BigDecimal> named() {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        named.put("carriedRoles", BigDecimal.valueOf(carriedRoles));
        named.put("rolesToFind", BigDecimal.valueOf(rolesToFind));
        named.put("singleCarrierRoles", BigDecimal.valueOf(singleCarrierRoles));
        named.put("uncoveredRoles", BigDecimal.valueOf(uncoveredRoles));
        named.put("rolesWithMoreWeaknesses", BigDecimal.valueOf(rolesWithMoreWeaknesses));
        named.put("sharedRoles", BigDecimal.valueOf(sharedRoles));
        named.put("rolesWithoutPooledResource", BigDecimal.valueOf(rolesWithoutPooledResource));
        securedMoney.forEach((currency, amount) -> named.put("securedMoney." + currency, amount));
        named.put("securedHoursPerMonth", securedHoursPerMonth);
        largestShare.forEach((currency, share) -> named.put("largestShare." + currency, BigDecimal.valueOf(share)));
        named.put("openSteps", BigDecimal.valueOf(openSteps));
        named.put("overdueSteps", BigDecimal.valueOf(overdueSteps));
        named.put("doneSteps", BigDecimal.valueOf(doneSteps));
        named.put("rolesWithNothingBeyondTwelveMonths", BigDecimal.valueOf(rolesWithNothingBeyondTwelveMonths));
        named.put("plansReady", BigDecimal.valueOf(plansReady));
        return named;
    }
}
