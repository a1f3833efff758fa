package org.backboneplanner.debrief.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Maturity;

/**
 * A network's initiatives side by side, for its coordinators and administrators: each initiative role by
 * role with a {@link CoverageScore}; the roles weak across the network; the partners that carry many roles
 * across initiatives (overload risk); and the money each partner pools across initiatives. Computed from
 * the initiatives the reader may see, and only those.
 */
public record NetworkAnalytics(List<InitiativeRow> initiatives, List<RoleAcross> roles, List<BackboneRole> weakRoles,
                               List<PartnerLoad> partners, List<PartnerMoney> pooledMoneyByPartner) {

    /** A role's average score across the network (percent of its maximum) below which it counts as weak. */
    static final int WEAK_ROLE_SCORE = 50;

    /** One initiative as the network dashboard reads it. */
    public record Entry(String initiativeId, String name, Maturity maturity, Worksheet worksheet,
                        InitiativeAnalytics analytics) {
    }

    public static NetworkAnalytics of(List<Entry> entries, int overloadRoles) {
        List<InitiativeRow> rows = entries.stream().map(InitiativeRow::of).toList();
        List<RoleAcross> roles = Arrays.stream(BackboneRole.values()).map(role -> RoleAcross.of(role, entries)).toList();
        return new NetworkAnalytics(rows, roles, roles.stream().filter(r -> r.initiatives() > 0
                        && r.averageScore() < WEAK_ROLE_SCORE).map(RoleAcross::role).toList(),
                PartnerLoad.of(entries, overloadRoles), PartnerMoney.of(entries));
    }

    /**
     * One initiative: its score, each role's score out of 4 and cover, and the figures the dashboard filters
     * and sorts on.
     */
    public record InitiativeRow(String initiativeId, String name, Maturity maturity, int coverageScore,
                                List<RoleCell> roles, int rolesToFind, int overdueSteps, int openSteps,
                                int rolesWithNothingBeyondTwelveMonths) {

        static InitiativeRow of(Entry entry) {
            InitiativeAnalytics a = entry.analytics();
            List<RoleCell> cells = Arrays.stream(BackboneRole.values()).map(role -> new RoleCell(role,
                    CoverageScore.of(a, role.ordinal()), a.carrying().roles().get(role.ordinal()).cover(),
                    a.carrying().roles().get(role.ordinal()).carriersByKind().get(CarrierKind.TO_FIND),
                    a.planning().roles().get(role.ordinal()).overdue(),
                    !a.pooling().roles().get(role.ordinal()).noPooledResource())).toList();
            return new InitiativeRow(entry.initiativeId(), entry.name(), entry.maturity(), CoverageScore.of(a), cells,
                    (int) cells.stream().filter(c -> c.toFind() > 0).count(), a.planning().overdue(),
                    a.planning().open(), a.planning().nothingBeyondTwelveMonths().size());
        }
    }

    /** One role of one initiative: its score out of 4, how it is carried, placeholders to find, overdue steps. */
    public record RoleCell(BackboneRole role, int score, Carrying.Cover cover, int toFind, int overdueSteps,
                           boolean pooledResource) {
    }

    /** One role across the network's initiatives: how many leave it uncovered, on one carrier, without resources. */
    public record RoleAcross(BackboneRole role, int initiatives, int uncovered, int singleCarrier,
                             int moreWeaknesses, int withoutPooledResource, int nothingBeyondTwelveMonths,
                             int averageScore) {

        static RoleAcross of(BackboneRole role, List<Entry> entries) {
            int i = role.ordinal();
            List<InitiativeAnalytics> all = entries.stream().map(Entry::analytics).toList();
            double average = all.stream().mapToInt(a -> CoverageScore.of(a, i)).average().orElse(0);
            return new RoleAcross(role, all.size(),
                    (int) all.stream().filter(a -> a.carrying().uncovered().contains(role)).count(),
                    (int) all.stream().filter(a -> a.carrying().singleCarrier().contains(role)).count(),
                    (int) all.stream().filter(a -> a.carrying().moreWeaknesses().contains(role)).count(),
                    (int) all.stream().filter(a -> a.pooling().withoutPooledResource().contains(role)).count(),
                    (int) all.stream().filter(a -> a.planning().nothingBeyondTwelveMonths().contains(role)).count(),
                    (int) Math.round(average * 100 / CoverageScore.ROLE_MAXIMUM));
        }
    }

    /**
     * A partner carrying roles across initiatives: how many roles (counted once per initiative), in how many
     * initiatives; {@code overloaded} from {@code overloadRoles} roles on.
     */
    public record PartnerLoad(String partnerId, String name, int roles, int initiatives, boolean overloaded,
                              List<String> initiativeNames) {

        static List<PartnerLoad> of(List<Entry> entries, int overloadRoles) {
            Map<String, Integer> roles = new TreeMap<>();
            Map<String, Set<String>> initiatives = new TreeMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Entry entry : entries) {
                for (BackboneRole role : BackboneRole.values()) {
                    entry.worksheet().row(role).carriers().stream()
                            .filter(c -> c.kind() == CarrierKind.PARTNER && c.id() != null)
                            .map(Worksheet.Carrier::id).distinct().forEach(partner -> {
                                roles.merge(partner, 1, Integer::sum);
                                initiatives.computeIfAbsent(partner, p -> new LinkedHashSet<>())
                                        .add(entry.name());
                            });
                    entry.worksheet().row(role).carriers().stream()
                            .filter(c -> c.kind() == CarrierKind.PARTNER && c.id() != null)
                            .forEach(c -> names.put(c.id(), c.name()));
                }
            }
            return roles.entrySet().stream().map(e -> new PartnerLoad(e.getKey(), names.get(e.getKey()), e.getValue(),
                            initiatives.get(e.getKey()).size(), e.getValue() >= overloadRoles,
                            List.copyOf(initiatives.get(e.getKey()))))
                    .sorted(Comparator.comparingInt((PartnerLoad p) -> -p.roles()).thenComparing(PartnerLoad::partnerId))
                    .toList();
        }
    }

    /** The money a partner pools across the network's initiatives, secured and proposed, by currency. */
    public record PartnerMoney(String partnerId, String name, List<Pooling.Money> secured, List<Pooling.Money> proposed,
                               int initiatives, List<BackboneRole> roles) {

        static List<PartnerMoney> of(List<Entry> entries) {
            Map<String, List<Worksheet.Resource>> byPartner = new TreeMap<>();
            Map<String, Set<String>> initiatives = new TreeMap<>();
            for (Entry entry : entries) {
                for (Worksheet.Resource r : entry.worksheet().resources()) {
                    if (r.pooled() && r.partnerId() != null && r.kind() == ResourceKind.FUNDING) {
                        byPartner.computeIfAbsent(r.partnerId(), p -> new ArrayList<>()).add(r);
                        initiatives.computeIfAbsent(r.partnerId(), p -> new HashSet<>()).add(entry.initiativeId());
                    }
                }
            }
            List<PartnerMoney> money = new ArrayList<>();
            byPartner.forEach((partner, resources) -> {
                Set<BackboneRole> roles = EnumSet.noneOf(BackboneRole.class);
                resources.forEach(r -> roles.addAll(r.roles()));
                money.add(new PartnerMoney(partner, resources.get(resources.size() - 1).partnerName(),
                        Pooling.Money.of(resources.stream().filter(Worksheet.Resource::secured).toList()),
                        Pooling.Money.of(resources.stream().filter(r -> !r.secured()).toList()),
                        initiatives.get(partner).size(), List.copyOf(roles)));
            });
            money.sort(Comparator.comparing((PartnerMoney m) -> -total(m)).thenComparing(PartnerMoney::partnerId));
            return money;
        }

        /** For ordering only: every currency's secured and proposed amounts added, whatever the currency. */
        private static double total(PartnerMoney m) {
            return m.secured().stream().map(Pooling.Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(m.proposed().stream().map(Pooling.Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .doubleValue();
        }
    }
}
