package org.backboneplanner.debrief.coverage;

import java.time.Clock;
import java.time.LocalDate;

import org.backboneplanner.debrief.DebriefProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The debrief of one initiative. */
@RestController
class DebriefController {

    private final Coverages coverages;
    private final Clock clock;
    private final DebriefProperties properties;

    DebriefController(Coverages coverages, Clock clock, DebriefProperties properties) {
        this.coverages = coverages;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief")
    DebriefView debrief(@PathVariable String networkId, @PathVariable String initiativeId) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId);
        return DebriefView.of(coverage, RoleCoverage.of(coverage, LocalDate.now(clock.withZone(properties.zone()))));
    }
}
