package org.backboneplanner.debrief.dashboard;

import java.util.List;

import org.backboneplanner.debrief.analytics.NetworkAnalytics;
import org.backboneplanner.debrief.coverage.RoleCoverage;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Maturity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A network's dashboard: its initiatives side by side (those the reader may see, filtered and sorted as
 * asked), each role across them, the roles weak across the network, partners carrying many roles, the money
 * each partner pools, and the network's months (all the initiatives the reader may see, unfiltered).
 */
record Dashboard(String networkId, List<Row> initiatives, List<NetworkAnalytics.RoleAcross> roles,
                 List<BackboneRole> weakRoles, List<NetworkAnalytics.PartnerLoad> partners,
                 List<NetworkAnalytics.PartnerMoney> pooledMoneyByPartner, List<MonthlySnapshots.Month> months) {

    /**
     * One initiative: its coverage score (0 to 100; per role out of 4: carried by several 2, by one 1, a pooled
     * resource 1, a step beyond twelve months 1), each role's cell, and each role's coverage in the debrief's terms.
     */
    @Schema(name = "DashboardRow")
    record Row(String initiativeId, String name, Maturity maturity, int coverageScore, int rolesToFind,
               int overdueSteps, int openSteps, int rolesWithNothingBeyondTwelveMonths,
               List<NetworkAnalytics.RoleCell> cells, List<RoleCoverage> roles) {

        static Row of(NetworkAnalytics.InitiativeRow row, List<RoleCoverage> roles) {
            return new Row(row.initiativeId(), row.name(), row.maturity(), row.coverageScore(), row.rolesToFind(),
                    row.overdueSteps(), row.openSteps(), row.rolesWithNothingBeyondTwelveMonths(), row.roles(), roles);
        }
    }
}
