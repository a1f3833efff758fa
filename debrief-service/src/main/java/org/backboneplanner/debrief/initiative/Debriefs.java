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
import org.backboneplanner.debrief.partners.PartnerNames;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.backboneplanner.support.security.Member;
import org.springframework.stereotype.Component;

/** An initiative's debrief as one member may read it: the screen's view and the PDF report's content. */
@Component
public class Debriefs {

    private final Coverages coverages;
    private final ResourceStatusProjection resources;
    private final DebriefAnswers answers;
    private final SelfAssessmentReader assessments;
    private final TrendReader trends;
    private final PartnerNames partnerNames;
    private final Clock clock;
    private final DebriefProperties properties;

    Debriefs(Coverages coverages, ResourceStatusProjection resources, DebriefAnswers answers,
             SelfAssessmentReader assessments, TrendReader trends, PartnerNames partnerNames, Clock clock,
             DebriefProperties properties) {
        this.partnerNames = partnerNames;
        this.assessments = assessments;
        this.trends = trends;
        this.coverages = coverages;
        this.resources = resources;
        this.answers = answers;
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    public DebriefView debrief(String networkId, String initiativeId, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        LocalDate today = today();
        List<RoleCoverage> roles = RoleCoverage.of(coverage, today, resources.countsByRole(networkId, initiativeId));
        long open = coverage.steps().values().stream().filter(InitiativeCoverage.Step::open).count();
        long overdue = coverage.steps().values().stream().filter(step -> step.overdue(today)).count();
        InitiativeAnalytics analytics = analytics(coverage, networkId, initiativeId, today);
        SelfAssessment assessment = assessments.assessment(coverage, analytics.carrying());
        Trend trend = trends.trend(networkId, initiativeId, analytics);
        return DebriefView.of(coverage, roles, open, overdue, analytics, assessments.view(coverage, assessment, member),
                PointTexts.write(TalkingPoints.of(analytics, assessment)),
                new DebriefView.SinceLastVersion(trend.lastVersion(), trend.sinceLastVersion()),
                answers.of(networkId, initiativeId));
    }

    Trend trend(String networkId, String initiativeId, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        return trends.trend(networkId, initiativeId, analytics(coverage, networkId, initiativeId, today()));
    }

    private InitiativeAnalytics analytics(InitiativeCoverage coverage, String networkId, String initiativeId,
                                          LocalDate today) {
        return InitiativeAnalytics.of(coverage.worksheet(resources.of(networkId, initiativeId, null))
                .withPartnerNames(partnerNames.of(networkId)), today);
    }
}
