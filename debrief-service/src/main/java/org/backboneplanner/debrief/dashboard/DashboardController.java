package org.backboneplanner.debrief.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.coverage.Coverages;
import org.backboneplanner.debrief.coverage.RoleCoverage;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A network's initiatives side by side, role by role: those the member may read. */
@RestController
@Tag(name = "Dashboard", description = "A network's initiatives side by side, by how they cover the six "
        + "roles.")
class DashboardController {

    private final Coverages coverages;
    private final ResourceStatusProjection resources;
    private final Clock clock;
    private final DebriefProperties properties;

    DashboardController(Coverages coverages, ResourceStatusProjection resources, Clock clock,
                        DebriefProperties properties) {
        this.coverages = coverages;
        this.resources = resources;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/dashboard")
    @Operation(operationId = "getDashboard",
            summary = "The network's dashboard: how each initiative you may read covers the six roles")
    Dashboard dashboard(@PathVariable String networkId, Member member) {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        List<Dashboard.Row> rows = coverages.ofNetwork(networkId, member, properties.dashboardLimit()).stream()
                .map(c -> new Dashboard.Row(c.id(), c.name(),
                        RoleCoverage.of(c, today, resources.countsByRole(networkId, c.id()))))
                .toList();
        return new Dashboard(networkId, rows);
    }

    /** One row per initiative, one cell per role. */
    record Dashboard(String networkId, List<Row> initiatives) {

        @Schema(name = "DashboardRow")
        record Row(String initiativeId, String name, List<RoleCoverage> roles) {
        }
    }
}
