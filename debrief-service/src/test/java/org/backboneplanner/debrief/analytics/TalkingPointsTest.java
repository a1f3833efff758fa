package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboneplanner.events.BackboneRole.POLICY;
import static org.backboneplanner.events.BackboneRole.RESOURCES;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.backboneplanner.debrief.analytics.SelfAssessment.Rating;
import org.backboneplanner.debrief.analytics.TalkingPoints.Point;
import org.backboneplanner.debrief.analytics.TalkingPoints.Question;
import org.backboneplanner.debrief.analytics.Worksheet.Carrier;
import org.backboneplanner.debrief.analytics.Worksheet.Resource;
import org.backboneplanner.debrief.analytics.Worksheet.Row;
import org.backboneplanner.debrief.analytics.Worksheet.Step;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.junit.jupiter.api.Test;

/** Talking points follow the figures, per question, in both languages. */
class TalkingPointsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static List<Point> points(Worksheet worksheet, List<Rating> ratings) {
        InitiativeAnalytics analytics = InitiativeAnalytics.of(worksheet, TODAY);
        return TalkingPoints.of(analytics, SelfAssessment.of(ratings, analytics.carrying()));
    }

    private static Stream<String> keys(List<Point> points, Question question) {
        return points.stream().filter(p -> p.question() == question).map(Point::key);
    }

    @Test
    void anEmptyWorksheetSaysNothingIsCarriedPooledOrPlanned() {
        List<Point> points = points(Worksheet.of("Vide", Maturity.MATURE, 2026, 2028), List.of());

        assertThat(keys(points, Question.STRENGTHS_AND_WEAKNESSES)).containsExactly("uncovered", "not-assessed");
        assertThat(keys(points, Question.POOLED_RESOURCES)).containsExactly("nothing-pooled");
        assertThat(keys(points, Question.WHAT_COMES_NEXT)).containsExactly("no-steps", "nothing-beyond-a-year",
                "plan-missing", "plan-missing");
        assertThat(PointTexts.text(points.get(0), Locale.FRENCH))
                .startsWith("6 rôles n’ont encore personne pour le porter").contains("Influencer les politiques");
        assertThat(PointTexts.text(points.get(0), Locale.ENGLISH))
                .startsWith("6 roles have nobody to carry them yet").contains("Advance policy");
    }

    @Test
    void aSingleFunderASingleCarrierAndAnOverdueStepAreSaid() {
        Worksheet worksheet = Worksheet.of("Table", Maturity.EMERGING, 2026, 2028)
                .withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville")))
                .withStep(new Step("s1", POLICY, null, NextStepStatus.TODO, TODAY.minusDays(3), Horizon.SHORT))
                .withResource(new Resource("r1", "p1", "Ville", ResourceKind.FUNDING, new BigDecimal("9000"), "CAD",
                        null, null, Set.of(POLICY, RESOURCES), ResourceStatus.COMMITTED));

        List<Point> points = points(worksheet, List.of());

        Point single = points.stream().filter(p -> p.key().equals("single-carrier")).findFirst().orElseThrow();
        assertThat(PointTexts.text(single, Locale.ENGLISH)).isEqualTo("One role rests on a single partner or person: "
                + "Advance policy. If they leave, the role leaves with them.");
        assertThat(keys(points, Question.POOLED_RESOURCES)).contains("roles-without-resource", "single-funder",
                "partner-several-roles");
        Point overdue = points.stream().filter(p -> p.key().equals("overdue")).findFirst().orElseThrow();
        assertThat(PointTexts.text(overdue, Locale.FRENCH)).isEqualTo("Une étape est en retard.");
    }

    @Test
    void oneFunderHoldingNinetyPercentIsSaidWithItsShare() {
        Worksheet worksheet = Worksheet.of("Table", Maturity.EMERGING, 2026, 2028)
                .withResource(new Resource("r1", "p1", "Centraide", ResourceKind.FUNDING, new BigDecimal("90000"), "CAD",
                        null, null, Set.of(RESOURCES), ResourceStatus.COMMITTED))
                .withResource(new Resource("r2", "p2", "Caisse", ResourceKind.FUNDING, new BigDecimal("10000"), "CAD",
                        null, null, Set.of(RESOURCES), ResourceStatus.PROPOSED));

        Point concentrated = points(worksheet, List.of()).stream().filter(p -> p.key().equals("concentrated"))
                .findFirst().orElseThrow();

        assertThat(PointTexts.text(concentrated, Locale.ENGLISH))
                .isEqualTo("Centraide gives 90 % of the money pooled in CAD (Herfindahl index 0.82).");
        assertThat(PointTexts.text(concentrated, Locale.FRENCH))
                .isEqualTo("Centraide apporte 90 % de l’argent mis en commun en CAD (indice de Herfindahl 0,82).");
    }

    @Test
    void disagreeingRatingsAndRatingsAgainstTheWorksheetAreSaid() {
        Worksheet worksheet = Worksheet.of("Table", Maturity.EMERGING, 2026, 2028)
                .withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville"), Carrier.member("m", "Marie")));
        List<Rating> ratings = List.of(new Rating(POLICY, "a", "A", 1, "", false),
                new Rating(POLICY, "b", "B", 2, "", false), new Rating(RESOURCES, "a", "A", 5, "", false),
                new Rating(RESOURCES, "b", "B", 5, "", false), new Rating(BackboneRole.VISION_STRATEGY, "a", "A", 1, "",
                        false), new Rating(BackboneRole.VISION_STRATEGY, "b", "B", 5, "", false));

        List<Point> points = points(worksheet, ratings);

        assertThat(keys(points, Question.STRENGTHS_AND_WEAKNESSES)).contains("disagreement",
                "rated-weak-though-carried", "rated-strong-though-uncarried");
        Point disagreement = points.stream().filter(p -> p.key().equals("disagreement")).findFirst().orElseThrow();
        assertThat(PointTexts.text(disagreement, Locale.ENGLISH))
                .isEqualTo("The group disagrees most on \"Guide vision and strategy\": ratings run from 1 to 5 (2 members).");
    }

    @Test
    void aMatureInitiativeHearsHowItsPlansStand() {
        Worksheet worksheet = Worksheet.of("Mature", Maturity.MATURE, 2020, 2030)
                .withPlan(PlanKind.SUCCESSION, "Former la relève")
                .withStep(new Step("s", null, PlanKind.SUSTAINABILITY, NextStepStatus.TODO, TODAY.plusYears(2),
                        Horizon.LONG));

        List<Point> points = points(worksheet, List.of());
        assertThat(keys(points, Question.WHAT_COMES_NEXT)).contains("plan-without-steps", "plan-without-notes");
        // counts in words that agree with them, never "étape(s)"
        Point withoutNotes = points.stream().filter(p -> p.key().equals("plan-without-notes")).findFirst().orElseThrow();
        assertThat(PointTexts.text(withoutNotes, Locale.FRENCH)).contains("a une étape ouverte mais").doesNotContain("(s)");
        assertThat(PointTexts.text(withoutNotes, Locale.ENGLISH)).contains("has one open step but");
    }

    @Test
    void everyTalkingPointHasASentenceInFrenchAndInEnglish() throws IOException {
        Properties fr = load("/talking_points_fr.properties");
        Properties en = load("/talking_points_en.properties");

        assertThat(fr.keySet()).isEqualTo(en.keySet());
        assertThat(fr.keySet()).contains("point.uncovered", "point.concentrated", "point.nothing-beyond-a-year",
                "point.plan-ready", "point.plan-without-notes", "point.rated-strong-though-uncarried");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TalkingPointsTest.class.getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
