package org.backboneplanner.debrief.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.StaffTime;

/**
 * The second debrief question, whether resources are pooled to carry the essential roles: money
 * secured and proposed per role and currency, staff hours per month, other kinds counted, the roles
 * with no pooled resource, how concentrated the pooled money is, and which partners give to several
 * roles. As in partner-service's totals, a resource serving several roles counts in full for each role
 * (and once in the initiative's totals); withdrawn resources count nowhere.
 */
public record Pooling(List<RolePooling> roles, List<Money> securedMoney, List<Money> proposedMoney,
                      BigDecimal securedHoursPerMonth, BigDecimal proposedHoursPerMonth,
                      List<BackboneRole> withoutPooledResource, List<MoneyConcentration> concentration,
                      List<PartnerReach> partnersGivingToSeveralRoles) {

    public static Pooling of(Worksheet worksheet) {
        List<Worksheet.Resource> pooled = worksheet.resources().stream().filter(Worksheet.Resource::pooled).toList();
        List<RolePooling> roles = Arrays.stream(BackboneRole.values())
                .map(role -> RolePooling.of(role, pooled.stream().filter(r -> r.roles().contains(role)).toList()))
                .toList();
        List<Worksheet.Resource> secured = pooled.stream().filter(Worksheet.Resource::secured).toList();
        List<Worksheet.Resource> proposed = pooled.stream().filter(r -> !r.secured()).toList();
        return new Pooling(roles, Money.of(secured), Money.of(proposed), RolePooling.hours(secured),
                RolePooling.hours(proposed),
                roles.stream().filter(RolePooling::noPooledResource).map(RolePooling::role).toList(),
                MoneyConcentration.of(pooled), PartnerReach.of(pooled));
    }

    /** Staff time in hours per month, as every service counts it. */
    static BigDecimal hoursPerMonth(Worksheet.Resource resource) {
        return StaffTime.hoursPerMonth(resource.amount(), resource.unit());
    }

    static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** An amount in a currency. */
    public record Money(String currency, BigDecimal amount) {

        static List<Money> of(List<Worksheet.Resource> resources) {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            resources.stream().filter(r -> r.kind() == ResourceKind.FUNDING && r.amount() != null && r.unit() != null)
                    .forEach(r -> byCurrency.merge(r.unit(), r.amount(), BigDecimal::add));
            return byCurrency.entrySet().stream().map(e -> new Money(e.getKey(), e.getValue())).toList();
        }
    }

    /**
     * One role: money and staff hours per month secured (committed or delivered) and only proposed, how many
     * resources of each other kind, and whether any resource serves it at all.
     */
    public record RolePooling(BackboneRole role, List<Money> securedMoney, List<Money> proposedMoney,
                              BigDecimal securedHoursPerMonth, BigDecimal proposedHoursPerMonth,
                              Map<ResourceKind, Integer> otherKinds, int securedResources, int proposedResources,
                              boolean noPooledResource) {

        static RolePooling of(BackboneRole role, List<Worksheet.Resource> serving) {
            List<Worksheet.Resource> secured = serving.stream().filter(Worksheet.Resource::secured).toList();
            List<Worksheet.Resource> proposed = serving.stream().filter(r -> !r.secured()).toList();
            Map<ResourceKind, Integer> others = new EnumMap<>(ResourceKind.class);
            serving.stream().filter(r -> r.kind() != ResourceKind.FUNDING && r.kind() != ResourceKind.STAFF_TIME)
                    .forEach(r -> others.merge(r.kind(), 1, Integer::sum));
            return new RolePooling(role, Money.of(secured), Money.of(proposed), hours(secured), hours(proposed), others,
                    secured.size(), proposed.size(), serving.isEmpty());
        }

        static BigDecimal hours(List<Worksheet.Resource> resources) {
            return resources.stream().filter(r -> r.kind() == ResourceKind.STAFF_TIME).map(Pooling::hoursPerMonth)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * How concentrated the money pooled in one currency is (secured and proposed): the largest
     * contributor's share, and the Herfindahl index (the sum of the squared shares of every contributor:
     * 1 when one partner gives everything, 1/n when n give alike).
     */
    public record MoneyConcentration(String currency, BigDecimal total, int contributors, String largestPartnerId,
                                     String largestPartnerName, double largestShare, double herfindahl) {

        static List<MoneyConcentration> of(List<Worksheet.Resource> pooled) {
            Map<String, Map<String, BigDecimal>> byCurrency = new TreeMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Worksheet.Resource r : pooled) {
                if (r.kind() == ResourceKind.FUNDING && r.amount() != null && r.unit() != null && r.partnerId() != null) {
                    byCurrency.computeIfAbsent(r.unit(), c -> new TreeMap<>()).merge(r.partnerId(), r.amount(),
                            BigDecimal::add);
                    names.put(r.partnerId(), r.partnerName());
                }
            }
            List<MoneyConcentration> concentration = new ArrayList<>();
            byCurrency.forEach((currency, byPartner) -> {
                BigDecimal total = byPartner.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.signum() <= 0) {
                    return;
                }
                Map.Entry<String, BigDecimal> largest = byPartner.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow();
                double herfindahl = byPartner.values().stream()
                        .mapToDouble(a -> Math.pow(a.doubleValue() / total.doubleValue(), 2)).sum();
                concentration.add(new MoneyConcentration(currency, total, byPartner.size(), largest.getKey(),
                        names.get(largest.getKey()), rounded(largest.getValue().doubleValue() / total.doubleValue()),
                        rounded(herfindahl)));
            });
            return concentration;
        }
    }

    /** A partner whose pooled resources serve several roles: if it withdraws, all of them lose. */
    public record PartnerReach(String partnerId, String partnerName, List<BackboneRole> roles, int resources) {

        static List<PartnerReach> of(List<Worksheet.Resource> pooled) {
            Map<String, Set<BackboneRole>> roles = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            for (Worksheet.Resource r : pooled) {
                if (r.partnerId() != null) {
                    roles.computeIfAbsent(r.partnerId(), p -> EnumSet.noneOf(BackboneRole.class)).addAll(r.roles());
                    counts.merge(r.partnerId(), 1, Integer::sum);
                    names.put(r.partnerId(), r.partnerName());
                }
            }
            Predicate<String> several = partner -> roles.get(partner).size() > 1;
            return roles.keySet().stream().filter(several)
                    .map(p -> new PartnerReach(p, names.get(p), List.copyOf(roles.get(p)), counts.get(p)))
                    .sorted(Comparator.comparingInt((PartnerReach r) -> -r.roles().size())
                            .thenComparing(PartnerReach::partnerId))
                    .toList();
        }
    }
}
