package org.backboneplanner.debrief.initiative;

import org.backboneplanner.debrief.analytics.Trend;
import org.backboneplanner.support.security.Member;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The debrief of one initiative. */
@RestController
@Tag(name = "Debrief", description = "An initiative's debrief: how each role is covered, shared and "
        + "resourced, its next steps, and the group's answers to the three debrief questions.")
class DebriefController {

    private final Debriefs debriefs;

    DebriefController(Debriefs debriefs) {
        this.debriefs = debriefs;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief")
    @Operation(operationId = "getDebrief",
            summary = "An initiative's debrief: each role's coverage, sharing and resources, its steps, the answers")
    DebriefView debrief(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return debriefs.debrief(networkId, initiativeId, member);
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/trend")
    @Operation(operationId = "getDebriefTrend",
            summary = "The debrief's headline figures for every adopted version and now, with what changed")
    Trend trend(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return debriefs.trend(networkId, initiativeId, member);
    }
}
