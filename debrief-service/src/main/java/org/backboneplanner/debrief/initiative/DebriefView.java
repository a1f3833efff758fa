package org.backboneplanner.debrief.initiative;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.debrief.analytics.InitiativeAnalytics;
import org.backboneplanner.debrief.analytics.Figures;
import org.backboneplanner.debrief.analytics.PointTexts;
import org.backboneplanner.debrief.analytics.Trend;
import org.backboneplanner.debrief.answers.AnswerView;
import org.backboneplanner.debrief.assessment.SelfAssessmentView;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.debrief.coverage.RoleCoverage;

/**
 * The debrief of an initiative: role by role coverage, the totals the group discusses, and the group's
 * answers to the seed's three debrief questions; {@code analytics} are the figures behind each question,
 * {@code selfAssessment} the members' own ratings of each role beside them, {@code talkingPoints} what
 * the figures say, per question, in French and English; {@code sinceLastVersion} what moved since the last
 * adopted version; {@code startYear} and {@code endYear} the initiative's horizon. Plan steps (succession,
 * sustainability) count in the totals, not under a role.
 */
public record DebriefView(String initiativeId, String networkId, String initiativeName, Integer startYear,
                          Integer endYear, Instant lastChangeAt,
                   int coveredRoles, int rolesToFind, int rolesShared, int rolesWithResources, long openNextSteps,
                   long overdueNextSteps, List<RoleCoverage> roles, InitiativeAnalytics analytics,
                   SelfAssessmentView selfAssessment, List<PointTexts.TalkingPoint> talkingPoints,
                   SinceLastVersion sinceLastVersion, List<AnswerView> answers) {

    static DebriefView of(InitiativeCoverage coverage, List<RoleCoverage> roles, long openSteps, long overdueSteps,
                          InitiativeAnalytics analytics, SelfAssessmentView selfAssessment,
                          List<PointTexts.TalkingPoint> talkingPoints, SinceLastVersion sinceLastVersion,
                          List<AnswerView> answers) {
        return new DebriefView(coverage.id(), coverage.networkId(), coverage.name(), coverage.startYear(),
                coverage.endYear(), coverage.lastChangeAt(),
                (int) roles.stream().filter(RoleCoverage::covered).count(),
                (int) roles.stream().filter(r -> !r.covered() && r.toFind() > 0).count(),
                (int) roles.stream().filter(RoleCoverage::shared).count(),
                (int) roles.stream().filter(r -> r.resourcesSecured() > 0).count(),
                openSteps, overdueSteps, roles, analytics, selfAssessment, talkingPoints, sinceLastVersion, answers);
    }

    /** The last adopted version (null before any) and the figures that moved since. */
    public record SinceLastVersion(Trend.Version version, List<Figures.Change> changes) {
    }
}
