package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboneplanner.events.BackboneRole.POLICY;
import static org.backboneplanner.events.BackboneRole.RESOURCES;
import static org.backboneplanner.events.BackboneRole.VISION_STRATEGY;

import java.util.List;

import org.backboneplanner.debrief.analytics.SelfAssessment.Rating;
import org.backboneplanner.debrief.analytics.Worksheet.Carrier;
import org.backboneplanner.debrief.analytics.Worksheet.Row;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.junit.jupiter.api.Test;

/** The group's own ratings: average, spread, and where it disagrees most, beside the worksheet. */
class SelfAssessmentTest {

    private final Carrying worksheet = Carrying.of(Worksheet.of("Table", Maturity.EMERGING, 2026, 2028)
            .withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville"), Carrier.partner("p2", "CISSS"))));

    private static Rating rating(BackboneRole role, String member, int score) {
        return new Rating(role, member, member, score, "parce que", false);
    }

    @Test
    void disagreeingRatingsShowAWideSpreadAndNameTheRole() {
        SelfAssessment assessment = SelfAssessment.of(List.of(rating(POLICY, "a", 1), rating(POLICY, "b", 5),
                rating(POLICY, "c", 1), rating(POLICY, "d", 5), rating(RESOURCES, "a", 3), rating(RESOURCES, "b", 4)),
                worksheet);

        SelfAssessment.RoleRatings policy = assessment.roles().get(POLICY.ordinal());
        assertThat(policy.count()).isEqualTo(4);
        assertThat(policy.average()).isEqualTo(3.0);
        assertThat(policy.spread()).isEqualTo(2.0);
        assertThat(policy.lowest()).isEqualTo(1);
        assertThat(policy.highest()).isEqualTo(5);
        assertThat(policy.worksheetCover()).isEqualTo(Carrying.Cover.SEVERAL_CARRIERS);
        assertThat(assessment.roles().get(RESOURCES.ordinal()).spread()).isEqualTo(0.5);
        assertThat(assessment.mostDisagreement()).containsExactly(POLICY);
    }

    @Test
    void agreementOrASingleRatingNamesNoDisagreement() {
        SelfAssessment assessment = SelfAssessment.of(List.of(rating(POLICY, "a", 4), rating(POLICY, "b", 4),
                rating(VISION_STRATEGY, "a", 1)), worksheet);

        assertThat(assessment.mostDisagreement()).isEmpty();
        assertThat(assessment.roles().get(RESOURCES.ordinal()).average()).isNull();
        assertThat(assessment.roles().get(RESOURCES.ordinal()).count()).isZero();
        assertThat(assessment.roles().get(VISION_STRATEGY.ordinal()).spread()).isZero();
    }
}
