package org.backboneplanner.debrief.analytics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.backboneplanner.events.BackboneRole;

/**
 * The group's own view: each member rates each role's current strength from 1 to 5 with a word of why.
 * Per role: how many rated, the average, the spread (population standard deviation), the lowest and
 * highest, beside what the worksheet says of the role; and the roles where the group disagrees most (the
 * largest spread among roles rated by at least two, when the ratings differ at all).
 */
public record SelfAssessment(List<RoleRatings> roles, List<BackboneRole> mostDisagreement) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    /** @param ratings every member's ratings; {@code carrying} what the worksheet says of each role */
    public static SelfAssessment of(List<Rating> ratings, Carrying carrying) {
        List<RoleRatings> roles = Arrays.stream(BackboneRole.values()).map(role -> RoleRatings.of(role,
                ratings.stream().filter(r -> r.role() == role).toList(), carrying.roles().get(role.ordinal()))).toList();
        double widest = roles.stream().filter(r -> r.count() > 1).mapToDouble(RoleRatings::spread).max().orElse(0);
        List<BackboneRole> disagreement = widest == 0 ? List.of() : roles.stream()
                .filter(r -> r.count() > 1 && r.spread() == widest).map(RoleRatings::role).toList();
        return new SelfAssessment(roles, disagreement);
    }

    /** One member's rating of one role. */
    public record Rating(BackboneRole role, String memberId, String memberName, int score, String why,
                         boolean showName) {
    }

    /**
     * One role's ratings. {@code worksheetCover} and {@code worksheetBalance} are what the worksheet says
     * (who carries the role, strengths against weaknesses), for the group to set beside its own view.
     */
    public record RoleRatings(BackboneRole role, int count, Double average, double spread, Integer lowest,
                              Integer highest, Carrying.Cover worksheetCover, Carrying.Balance worksheetBalance,
                              List<Rating> ratings) {

        static RoleRatings of(BackboneRole role, List<Rating> ratings, Carrying.RoleCarrying worksheet) {
            List<Rating> sorted = ratings.stream().sorted(Comparator.comparingInt(Rating::score)
                    .thenComparing(Rating::memberId)).toList();
            if (sorted.isEmpty()) {
                return new RoleRatings(role, 0, null, 0, null, null, worksheet.cover(), worksheet.balance(), sorted);
            }
            double average = sorted.stream().mapToInt(Rating::score).average().orElseThrow();
            double variance = sorted.stream().mapToDouble(r -> Math.pow(r.score() - average, 2)).average().orElseThrow();
            return new RoleRatings(role, sorted.size(), Pooling.rounded(average), Pooling.rounded(Math.sqrt(variance)),
                    sorted.get(0).score(), sorted.get(sorted.size() - 1).score(), worksheet.cover(), worksheet.balance(),
                    sorted);
        }
    }
}
