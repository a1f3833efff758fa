package org.backboneplanner.debrief.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.analytics.InitiativeAnalytics;
import org.backboneplanner.debrief.analytics.PointTexts;
import org.backboneplanner.debrief.analytics.SelfAssessment;
import org.backboneplanner.debrief.analytics.TalkingPoints;
import org.backboneplanner.debrief.analytics.Trend;
import org.backboneplanner.debrief.answers.DebriefAnswers;
import org.backboneplanner.debrief.assessment.SelfAssessmentReader;
import org.backboneplanner.debrief.coverage.Coverages;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.debrief.coverage.RoleCoverage;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
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

    private final Coverages coverages;
    private final ResourceStatusProjection resources;
    private final DebriefAnswers answers;
    private final SelfAssessmentReader assessments;
    private final TrendReader trends;
    private final Clock clock;
    private final DebriefProperties properties;

    DebriefController(Coverages coverages, ResourceStatusProjection resources, DebriefAnswers answers,
                      SelfAssessmentReader assessments, TrendReader trends, Clock clock, DebriefProperties properties) {
        this.assessments = assessments;
        this.trends = trends;
        this.coverages = coverages;
        this.resources = resources;
        this.answers = answers;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief")
    @Operation(operationId = "getDebrief",
            summary = "An initiative's debrief: each role's coverage, sharing and resources, its steps, the answers")
    DebriefView debrief(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        List<RoleCoverage> roles = RoleCoverage.of(coverage, today, resources.countsByRole(networkId, initiativeId));
        long open = coverage.steps().values().stream().filter(InitiativeCoverage.Step::open).count();
        long overdue = coverage.steps().values().stream().filter(step -> step.overdue(today)).count();
        InitiativeAnalytics analytics = InitiativeAnalytics.of(
                coverage.worksheet(resources.of(networkId, initiativeId, null)), today);
        SelfAssessment assessment = assessments.assessment(coverage, analytics.carrying());
        Trend trend = trends.trend(networkId, initiativeId, analytics);
        return DebriefView.of(coverage, roles, open, overdue, analytics, assessments.view(coverage, assessment, member),
                PointTexts.write(TalkingPoints.of(analytics, assessment)),
                new DebriefView.SinceLastVersion(trend.lastVersion(), trend.sinceLastVersion()),
                answers.of(networkId, initiativeId));
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/trend")
    @Operation(operationId = "getDebriefTrend",
            summary = "The debrief's headline figures for every adopted version and now, with what changed")
    Trend trend(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        return trends.trend(networkId, initiativeId, InitiativeAnalytics.of(
                coverage.worksheet(resources.of(networkId, initiativeId, null)), today));
    }
}
