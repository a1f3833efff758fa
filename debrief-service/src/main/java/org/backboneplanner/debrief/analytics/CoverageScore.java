package org.backboneplanner.debrief.analytics;

/**
 * How well an initiative covers a role, out of 4: carried by several (2) or by one (1), a pooled resource
 * (1), a step planned beyond twelve months (1). An initiative's score is the sum over its six roles as a
 * percentage of 24, so 100 means every role carried by several, resourced and planned ahead.
 */
public final class CoverageScore {

    static final int ROLE_MAXIMUM = 4;

    private CoverageScore() {
    }

    public static int of(InitiativeAnalytics analytics, int role) {
        Carrying.Cover cover = analytics.carrying().roles().get(role).cover();
        int carried = cover == Carrying.Cover.SEVERAL_CARRIERS ? 2 : cover == Carrying.Cover.SINGLE_CARRIER ? 1 : 0;
        int pooled = analytics.pooling().roles().get(role).noPooledResource() ? 0 : 1;
        int planned = analytics.planning().roles().get(role).plannedBeyondTwelveMonths() ? 1 : 0;
        return carried + pooled + planned;
    }

    /** The initiative's score, 0 to 100. */
    public static int of(InitiativeAnalytics analytics) {
        int total = 0;
        int roles = analytics.carrying().roles().size();
        for (int role = 0; role < roles; role++) {
            total += of(analytics, role);
        }
        return roles == 0 ? 0 : Math.round(total * 100f / (roles * ROLE_MAXIMUM));
    }
}
