package org.backboneplanner.debrief.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.analytics.InitiativeAnalytics;
import org.backboneplanner.debrief.analytics.NetworkAnalytics;
import org.backboneplanner.debrief.analytics.Worksheet;
import org.backboneplanner.debrief.coverage.Coverages;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.debrief.coverage.RoleCoverage;
import org.backboneplanner.debrief.partners.PartnerNames;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.stereotype.Component;

/** Builds a network's dashboard from the initiatives the reader may see, filtered and sorted as asked. */
@Component
class NetworkDashboards {

    private final Coverages coverages;
    private final ResourceStatusProjection resources;
    private final MonthlySnapshots months;
    private final PartnerNames partnerNames;
    private final Clock clock;
    private final DebriefProperties properties;

    NetworkDashboards(Coverages coverages, ResourceStatusProjection resources, MonthlySnapshots months,
                      PartnerNames partnerNames, Clock clock, DebriefProperties properties) {
        this.partnerNames = partnerNames;
        this.coverages = coverages;
        this.resources = resources;
        this.months = months;
        this.clock = clock;
        this.properties = properties;
    }

    Dashboard dashboard(String networkId, Member member, DashboardQuery query) {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        Map<String, List<Worksheet.Resource>> pooled = resources.ofNetwork(networkId);
        Map<String, String> names = partnerNames.of(networkId);
        List<NetworkAnalytics.Entry> entries = new ArrayList<>();
        Map<String, InitiativeCoverage> readable = new java.util.HashMap<>();
        for (InitiativeCoverage coverage : coverages.ofNetwork(networkId, member, properties.dashboardLimit())) {
            Worksheet worksheet = coverage.worksheet(pooled.getOrDefault(coverage.id(), List.of()))
                    .withPartnerNames(names);
            entries.add(new NetworkAnalytics.Entry(coverage.id(), coverage.name(), worksheet.maturity(), worksheet,
                    InitiativeAnalytics.of(worksheet, today)));
            readable.put(coverage.id(), coverage);
        }
        List<String> kept = NetworkAnalytics.of(entries, properties.overloadRoles()).initiatives().stream()
                .filter(query::keeps).sorted(query.order()).map(NetworkAnalytics.InitiativeRow::initiativeId).toList();
        List<NetworkAnalytics.Entry> shown = kept.stream().map(id -> entries.stream()
                .filter(e -> e.initiativeId().equals(id)).findFirst().orElseThrow()).toList();
        NetworkAnalytics network = NetworkAnalytics.of(shown, properties.overloadRoles());
        List<Dashboard.Row> rows = network.initiatives().stream().map(row -> Dashboard.Row.of(row,
                RoleCoverage.of(readable.get(row.initiativeId()), today,
                        resources.countsByRole(networkId, row.initiativeId())))).toList();
        return new Dashboard(networkId, rows, network.roles(), network.weakRoles(), network.partners(),
                network.pooledMoneyByPartner(), months.of(networkId, readable.keySet(), today));
    }
}
