package org.backboneplanner.debrief.assessment;

import java.util.List;

import org.backboneplanner.debrief.analytics.Carrying;
import org.backboneplanner.debrief.analytics.SelfAssessment;
import org.backboneplanner.events.BackboneRole;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The self-assessment as one reader sees it: per role the figures and each rating, with the rater's name
 * only where the reader may see it (coordinators, partners and administrators always; anyone else only
 * where the rater agreed); {@code mine} is the reader's own rating of each role with its ETag, and
 * {@code canRate} whether the reader may rate (a member of the initiative), so a client asks rather than guesses.
 */
@Schema(name = "SelfAssessment")
public record SelfAssessmentView(List<RoleRatings> roles, List<BackboneRole> mostDisagreement, List<MyRating> mine,
                                 boolean canRate) {

    static SelfAssessmentView of(SelfAssessment assessment, String readerId, boolean namesVisible, List<MyRating> mine,
                                 boolean canRate) {
        return new SelfAssessmentView(assessment.roles().stream().map(r -> RoleRatings.of(r, readerId, namesVisible))
                .toList(), assessment.mostDisagreement(), mine, canRate);
    }

    /** One role: how many rated, average, spread, lowest, highest, and what the worksheet says beside. */
    @Schema(name = "RoleRatings")
    public record RoleRatings(BackboneRole role, int count, Double average, double spread, Integer lowest,
                              Integer highest, Carrying.Cover worksheetCover, Carrying.Balance worksheetBalance,
                              List<RatingView> ratings) {

        static RoleRatings of(SelfAssessment.RoleRatings r, String readerId, boolean namesVisible) {
            return new RoleRatings(r.role(), r.count(), r.average(), r.spread(), r.lowest(), r.highest(),
                    r.worksheetCover(), r.worksheetBalance(), r.ratings().stream().map(rating -> new RatingView(
                            rating.score(), rating.why(),
                            namesVisible || rating.showName() || rating.memberId().equals(readerId) ? rating.memberName()
                                    : null,
                            rating.memberId().equals(readerId))).toList());
        }
    }

    /** A rating; {@code by} is null where the reader may not see who gave it. */
    @Schema(name = "RatingView")
    public record RatingView(int score, String why, String by, boolean mine) {
    }
}
