package org.backboneplanner.debrief.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;

/**
 * Talking points for each of the seed's three debrief questions, written by plain rules from the figures
 * so the group starts from evidence. Each point is a sentence key and its arguments (roles, plans,
 * numbers, names); {@link PointTexts} writes it in French and English.
 */
public final class TalkingPoints {

    /** A share of the pooled money at or above which one contributor holds most of it. */
    static final double CONCENTRATED_SHARE = 0.5;
    /** An average rating at or below which the group calls a role weak, at or above which strong. */
    static final double WEAK_RATING = 2.0;
    static final double STRONG_RATING = 4.0;

    private TalkingPoints() {
    }

    /** The seed's three debrief questions, as the points are grouped. */
    public enum Question {
        STRENGTHS_AND_WEAKNESSES, POOLED_RESOURCES, WHAT_COMES_NEXT
    }

    /** One point: which question it informs, its sentence key and the sentence's arguments. */
    public record Point(Question question, String key, List<Object> arguments) {

        public Point {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // a name may be missing: null
        }

        static Point of(Question question, String key, Object... arguments) {
            return new Point(question, key, Arrays.asList(arguments));
        }
    }

    public static List<Point> of(InitiativeAnalytics analytics, SelfAssessment assessment) {
        List<Point> points = new ArrayList<>();
        strengths(analytics.carrying(), assessment, points);
        pooling(analytics.pooling(), analytics.carrying(), points);
        planning(analytics.planning(), points);
        return points;
    }

    private static void strengths(Carrying carrying, SelfAssessment assessment, List<Point> points) {
        Question q = Question.STRENGTHS_AND_WEAKNESSES;
        if (!carrying.uncovered().isEmpty()) {
            points.add(Point.of(q, "uncovered", carrying.uncovered().size(), carrying.uncovered()));
        }
        if (!carrying.singleCarrier().isEmpty()) {
            points.add(Point.of(q, "single-carrier", carrying.singleCarrier().size(), carrying.singleCarrier()));
        }
        if (carrying.uncovered().isEmpty() && carrying.singleCarrier().isEmpty()) {
            points.add(Point.of(q, "all-carried-by-several"));
        }
        if (!carrying.moreWeaknesses().isEmpty()) {
            points.add(Point.of(q, "more-weaknesses", carrying.moreWeaknesses().size(), carrying.moreWeaknesses()));
        }
        List<BackboneRole> unassessed = carrying.roles().stream()
                .filter(r -> r.balance() == Carrying.Balance.NOT_ASSESSED).map(Carrying.RoleCarrying::role).toList();
        if (!unassessed.isEmpty()) {
            points.add(Point.of(q, "not-assessed", unassessed.size(), unassessed));
        }
        if (assessment == null) {
            return;
        }
        for (BackboneRole role : assessment.mostDisagreement()) {
            SelfAssessment.RoleRatings r = assessment.roles().get(role.ordinal());
            points.add(Point.of(q, "disagreement", role, r.lowest(), r.highest(), r.count()));
        }
        for (SelfAssessment.RoleRatings r : assessment.roles()) {
            if (r.average() == null) {
                continue;
            }
            Carrying.Cover cover = r.worksheetCover();
            boolean carried = cover == Carrying.Cover.SEVERAL_CARRIERS;
            boolean bare = cover == Carrying.Cover.NOBODY || cover == Carrying.Cover.ONLY_TO_FIND;
            if (r.average() <= WEAK_RATING && carried) {
                points.add(Point.of(q, "rated-weak-though-carried", r.role(), r.average()));
            } else if (r.average() >= STRONG_RATING && bare) {
                points.add(Point.of(q, "rated-strong-though-uncarried", r.role(), r.average()));
            }
        }
    }

    private static void pooling(Pooling pooling, Carrying carrying, List<Point> points) {
        Question q = Question.POOLED_RESOURCES;
        if (pooling.withoutPooledResource().size() == BackboneRole.values().length) {
            points.add(Point.of(q, "nothing-pooled"));
        } else if (!pooling.withoutPooledResource().isEmpty()) {
            points.add(Point.of(q, "roles-without-resource", pooling.withoutPooledResource().size(),
                    pooling.withoutPooledResource()));
        } else {
            points.add(Point.of(q, "every-role-resourced"));
        }
        List<BackboneRole> onlyProposed = pooling.roles().stream()
                .filter(r -> r.securedResources() == 0 && r.proposedResources() > 0).map(Pooling.RolePooling::role)
                .toList();
        if (!onlyProposed.isEmpty()) {
            points.add(Point.of(q, "only-proposed", onlyProposed.size(), onlyProposed));
        }
        for (Pooling.MoneyConcentration money : pooling.concentration()) {
            if (money.contributors() == 1) {
                points.add(Point.of(q, "single-funder", money.largestPartnerName(), money.currency()));
            } else if (money.largestShare() >= CONCENTRATED_SHARE) {
                points.add(Point.of(q, "concentrated", money.largestPartnerName(),
                        Math.round(money.largestShare() * 100), money.currency(), money.herfindahl()));
            }
        }
        for (Pooling.PartnerReach reach : pooling.partnersGivingToSeveralRoles()) {
            points.add(Point.of(q, "partner-several-roles", reach.partnerName(), reach.roles().size(), reach.roles()));
        }
        if (!carrying.shared().isEmpty()) {
            points.add(Point.of(q, "shared-roles", carrying.shared().size(), carrying.shared()));
        }
    }

    private static void planning(Planning planning, List<Point> points) {
        Question q = Question.WHAT_COMES_NEXT;
        if (planning.open() + planning.done() == 0) {
            points.add(Point.of(q, "no-steps"));
        } else if (planning.nothingBeyondTwelveMonths().isEmpty()) {
            points.add(Point.of(q, "long-term-everywhere"));
        }
        if (!planning.nothingBeyondTwelveMonths().isEmpty()) {
            points.add(Point.of(q, "nothing-beyond-a-year", planning.nothingBeyondTwelveMonths().size(),
                    planning.nothingBeyondTwelveMonths()));
        }
        if (planning.overdue() > 0) {
            points.add(Point.of(q, "overdue", planning.overdue()));
        }
        if (planning.done() > 0) {
            points.add(Point.of(q, "done", planning.done()));
        }
        if (planning.plansExpected()) {
            for (Planning.PlanProgress plan : planning.plans()) {
                PlanKind kind = plan.plan();
                switch (plan.readiness()) {
                    case MISSING -> points.add(Point.of(q, "plan-missing", kind));
                    case NOTES_ONLY -> points.add(Point.of(q, "plan-without-steps", kind));
                    case STEPS_ONLY -> points.add(Point.of(q, "plan-without-notes", kind, plan.openSteps()));
                    case PLANNED -> points.add(Point.of(q, "plan-ready", kind, plan.openSteps(), plan.doneSteps()));
                }
            }
        }
    }
}
