package org.backboneplanner.debrief.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backboneplanner.debrief.analytics.Carrying;
import org.backboneplanner.debrief.analytics.SelfAssessment;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.security.Member;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The self-assessment of an initiative as one reader may see it. */
@Component
public class SelfAssessmentReader {

    private final SelfAssessments assessments;

    SelfAssessmentReader(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    /**
     * The figures, pure, for the debrief's other parts (talking points). Only current members' ratings count:
     * someone who left the initiative no longer speaks for the group (their rating is kept, should they return).
     */
    public SelfAssessment assessment(InitiativeCoverage coverage, Carrying carrying) {
        return SelfAssessment.of(assessments.of(coverage.networkId(), coverage.id()).stream()
                .filter(rating -> coverage.members().containsKey(rating.memberId())).toList(), carrying);
    }

    public SelfAssessmentView read(InitiativeCoverage coverage, Member member) {
        Carrying carrying = Carrying.of(coverage.worksheet(List.of()));
        return view(coverage, assessment(coverage, carrying), member);
    }

    public SelfAssessmentView view(InitiativeCoverage coverage, SelfAssessment assessment, Member member) {
        boolean namesVisible = coverage.audience().editableBy(member.id(), member.administers(coverage.networkId()));
        Map<String, Document> mine = assessments.mine(coverage.networkId(), coverage.id(), member.id()).stream()
                .collect(Collectors.toMap(d -> d.getString("role"), Function.identity()));
        List<MyRating> own = Arrays.stream(BackboneRole.values()).map(role -> MyRating.of(role, mine.get(role.name())))
                .toList();
        return SelfAssessmentView.of(assessment, member.id(), namesVisible, own,
                mayRate(coverage, member));
    }

    /** Only the initiative's members rate its roles: they speak for the group. */
    static boolean mayRate(InitiativeCoverage coverage, Member member) {
        return coverage.audience().roleOf(member.id()) != null;
    }
}
