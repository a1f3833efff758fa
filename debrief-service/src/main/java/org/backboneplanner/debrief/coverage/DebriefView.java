package org.backboneplanner.debrief.coverage;

import java.time.Instant;
import java.util.List;

/** The debrief of an initiative: role by role coverage and the totals the group discusses. */
record DebriefView(String initiativeId, String networkId, String initiativeName, Instant lastChangeAt,
                   int coveredRoles, int rolesToFind, long openNextSteps, long overdueNextSteps,
                   List<RoleCoverage> roles) {

    static DebriefView of(InitiativeCoverage coverage, List<RoleCoverage> roles) {
        return new DebriefView(coverage.id(), coverage.networkId(), coverage.name(), coverage.lastChangeAt(),
                (int) roles.stream().filter(RoleCoverage::covered).count(),
                (int) roles.stream().filter(r -> !r.covered() && r.toFind() > 0).count(),
                roles.stream().mapToLong(RoleCoverage::openNextSteps).sum(),
                roles.stream().mapToLong(RoleCoverage::overdueNextSteps).sum(),
                roles);
    }
}
