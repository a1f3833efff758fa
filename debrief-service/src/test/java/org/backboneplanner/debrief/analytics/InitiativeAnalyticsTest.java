package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboneplanner.events.BackboneRole.ALIGNED_ACTIVITIES;
import static org.backboneplanner.events.BackboneRole.COMMUNITY_ENGAGEMENT;
import static org.backboneplanner.events.BackboneRole.POLICY;
import static org.backboneplanner.events.BackboneRole.RESOURCES;
import static org.backboneplanner.events.BackboneRole.SHARED_MEASUREMENT;
import static org.backboneplanner.events.BackboneRole.VISION_STRATEGY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.debrief.analytics.Carrying.Balance;
import org.backboneplanner.debrief.analytics.Carrying.Cover;
import org.backboneplanner.debrief.analytics.Planning.Readiness;
import org.backboneplanner.debrief.analytics.Planning.YearCount;
import org.backboneplanner.debrief.analytics.Pooling.Money;
import org.backboneplanner.debrief.analytics.Worksheet.Carrier;
import org.backboneplanner.debrief.analytics.Worksheet.Resource;
import org.backboneplanner.debrief.analytics.Worksheet.Row;
import org.backboneplanner.debrief.analytics.Worksheet.SharedTask;
import org.backboneplanner.debrief.analytics.Worksheet.Step;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.junit.jupiter.api.Test;

/** The debrief's figures from worksheets written by hand, as a group would fill them in. */
class InitiativeAnalyticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Worksheet table = Worksheet.of("Table de quartier", Maturity.DEVELOPING, 2026, 2029);

    private static InitiativeAnalytics analytics(Worksheet worksheet) {
        return InitiativeAnalytics.of(worksheet, TODAY);
    }

    private static Step step(String id, BackboneRole role, NextStepStatus status, LocalDate due, Horizon horizon) {
        return new Step(id, role, null, status, due, horizon);
    }

    private static Resource resource(String id, String partner, ResourceKind kind, String amount, String unit,
                                     ResourceStatus status, BackboneRole... roles) {
        return new Resource(id, partner, "Partenaire " + partner, kind, amount == null ? null : new BigDecimal(amount),
                unit, null, null, Set.of(roles), status);
    }

    @Test
    void aRoleCarriedByASinglePartnerIsADependencyRisk() {
        Carrying carrying = analytics(table.withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville")))
                .withRow(VISION_STRATEGY, Row.carriedBy(Carrier.partner("p1", "Ville"), Carrier.member("alice", "Alice"))))
                .carrying();

        assertThat(carrying.singleCarrier()).containsExactly(POLICY);
        assertThat(carrying.roles().get(POLICY.ordinal()).cover()).isEqualTo(Cover.SINGLE_CARRIER);
        assertThat(carrying.roles().get(VISION_STRATEGY.ordinal()).cover()).isEqualTo(Cover.SEVERAL_CARRIERS);
        assertThat(carrying.roles().get(VISION_STRATEGY.ordinal()).carriersByKind())
                .isEqualTo(Map.of(CarrierKind.PARTNER, 1, CarrierKind.MEMBER, 1, CarrierKind.TO_FIND, 0));
        assertThat(carrying.roles().get(VISION_STRATEGY.ordinal()).carriers()).containsExactly("Ville", "Alice");
    }

    @Test
    void aRoleWithNobodyOrOnlySomeoneToFindIsUncovered() {
        Carrying carrying = analytics(table.withRow(SHARED_MEASUREMENT, Row.carriedBy(Carrier.toFind("Analyste")))
                .withRow(POLICY, Row.carriedBy(Carrier.toFind("Élu"), Carrier.partner("p1", "Ville")))).carrying();

        assertThat(carrying.roles().get(SHARED_MEASUREMENT.ordinal()).cover()).isEqualTo(Cover.ONLY_TO_FIND);
        assertThat(carrying.roles().get(RESOURCES.ordinal()).cover()).isEqualTo(Cover.NOBODY);
        assertThat(carrying.uncovered()).containsExactly(VISION_STRATEGY, SHARED_MEASUREMENT, ALIGNED_ACTIVITIES,
                COMMUNITY_ENGAGEMENT, RESOURCES);
        assertThat(carrying.roles().get(POLICY.ordinal()).cover()).isEqualTo(Cover.SINGLE_CARRIER);
    }

    @Test
    void strengthsAreWeighedAgainstWeaknessesAndSharingNamesThePartners() {
        Carrying carrying = analytics(table
                .withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville")).withStrengths("Élus proches")
                        .withWeaknesses("Peu de temps", "Aucun budget"))
                .withRow(RESOURCES, Row.carriedBy(Carrier.partner("p2", "Centraide")).withStrengths("Réseau", "Expérience")
                        .sharedBy(new SharedTask("Demandes", List.of("p2", "p3"), List.of("Centraide", "Caisse")),
                                new SharedTask("Suivi", List.of("p2"), List.of("Centraide"))))
                .withRow(COMMUNITY_ENGAGEMENT, Row.carriedBy().withStrengths("Voisins").withWeaknesses("Pas de local")))
                .carrying();

        assertThat(carrying.roles().get(POLICY.ordinal()).balance()).isEqualTo(Balance.MORE_WEAKNESSES);
        assertThat(carrying.roles().get(RESOURCES.ordinal()).balance()).isEqualTo(Balance.MORE_STRENGTHS);
        assertThat(carrying.roles().get(COMMUNITY_ENGAGEMENT.ordinal()).balance()).isEqualTo(Balance.EVEN);
        assertThat(carrying.roles().get(VISION_STRATEGY.ordinal()).balance()).isEqualTo(Balance.NOT_ASSESSED);
        assertThat(carrying.moreWeaknesses()).containsExactly(POLICY);
        assertThat(carrying.shared()).containsExactly(RESOURCES);
        assertThat(carrying.roles().get(RESOURCES.ordinal()).sharedWith()).containsExactly("Centraide", "Caisse");
        assertThat(carrying.roles().get(RESOURCES.ordinal()).sharedTasks()).isEqualTo(2);
    }

    @Test
    void nextStepsCountPerRoleByYearAndHorizonOverTheWholeHorizon() {
        Planning planning = analytics(table
                .withStep(step("s1", POLICY, NextStepStatus.TODO, LocalDate.of(2027, 3, 1), Horizon.SHORT))
                .withStep(step("s2", POLICY, NextStepStatus.DONE, LocalDate.of(2026, 6, 1), Horizon.SHORT))
                .withStep(step("s3", POLICY, NextStepStatus.DOING, LocalDate.of(2029, 1, 15), Horizon.LONG))
                .withStep(step("s4", POLICY, NextStepStatus.DROPPED, LocalDate.of(2028, 1, 15), Horizon.MEDIUM))
                .withStep(step("s5", POLICY, NextStepStatus.TODO, LocalDate.of(2031, 5, 1), Horizon.LONG)))
                .planning();

        Planning.RolePlanning policy = planning.roles().get(POLICY.ordinal());
        assertThat(policy.stepsByYear()).containsExactly(new YearCount(2026, 0, 1), new YearCount(2027, 1, 0),
                new YearCount(2028, 0, 0), new YearCount(2029, 1, 0), new YearCount(2031, 1, 0));
        assertThat(policy.stepsByHorizon()).isEqualTo(Map.of(Horizon.SHORT, 2, Horizon.MEDIUM, 0, Horizon.LONG, 2));
        assertThat(policy.open()).isEqualTo(3);
        assertThat(policy.done()).isEqualTo(1);
        assertThat(policy.lastDueDate()).isEqualTo(LocalDate.of(2031, 5, 1));
        assertThat(planning.roles().get(RESOURCES.ordinal()).stepsByYear()).extracting(YearCount::year)
                .containsExactly(2026, 2027, 2028, 2029);
    }

    @Test
    void aRoleWithNothingPlannedBeyondTwelveMonthsIsNamed() {
        Planning planning = analytics(table
                .withStep(step("near", POLICY, NextStepStatus.TODO, TODAY.plusMonths(11), Horizon.SHORT))
                .withStep(step("doneFar", POLICY, NextStepStatus.DONE, TODAY.plusMonths(20), Horizon.LONG))
                .withStep(step("far", RESOURCES, NextStepStatus.TODO, TODAY.plusMonths(13), Horizon.MEDIUM))
                .withStep(step("undated", VISION_STRATEGY, NextStepStatus.TODO, null, Horizon.LONG))
                .withStep(step("undatedShort", SHARED_MEASUREMENT, NextStepStatus.TODO, null, Horizon.SHORT)))
                .planning();

        assertThat(planning.nothingBeyondTwelveMonths()).containsExactly(SHARED_MEASUREMENT, ALIGNED_ACTIVITIES,
                COMMUNITY_ENGAGEMENT, POLICY);
        assertThat(planning.roles().get(RESOURCES.ordinal()).plannedBeyondTwelveMonths()).isTrue();
    }

    @Test
    void overdueStepsAreOpenOnesPastTheirDateAndDoneOnesCountApart() {
        Planning planning = analytics(table
                .withStep(step("late", POLICY, NextStepStatus.TODO, TODAY.minusDays(1), Horizon.SHORT))
                .withStep(step("lateDone", POLICY, NextStepStatus.DONE, TODAY.minusDays(10), Horizon.SHORT))
                .withStep(step("today", RESOURCES, NextStepStatus.DOING, TODAY, Horizon.SHORT))
                .withStep(step("dropped", RESOURCES, NextStepStatus.DROPPED, TODAY.minusDays(5), Horizon.SHORT)))
                .planning();

        assertThat(planning.overdue()).isEqualTo(1);
        assertThat(planning.open()).isEqualTo(2);
        assertThat(planning.done()).isEqualTo(1);
        assertThat(planning.roles().get(POLICY.ordinal()).overdue()).isEqualTo(1);
        assertThat(planning.roles().get(RESOURCES.ordinal()).overdue()).isZero();
    }

    @Test
    void aMatureInitiativeShowsWhetherSuccessionAndSustainabilityArePlanned() {
        Worksheet mature = Worksheet.of("Mature", Maturity.MATURE, 2020, 2030)
                .withPlan(PlanKind.SUCCESSION, "Former deux coordonnatrices")
                .withStep(new Step("p1", null, PlanKind.SUCCESSION, NextStepStatus.TODO, TODAY.plusMonths(3), Horizon.SHORT));

        Planning planning = analytics(mature).planning();
        Planning emerging = analytics(table).planning();

        assertThat(planning.plansExpected()).isTrue();
        assertThat(planning.plans()).extracting(Planning.PlanProgress::readiness)
                .containsExactly(Readiness.PLANNED, Readiness.MISSING);
        assertThat(analytics(mature.withPlan(PlanKind.SUSTAINABILITY, "Diversifier")).planning().plans().get(1)
                .readiness()).isEqualTo(Readiness.NOTES_ONLY);
        assertThat(planning.roles().stream().mapToInt(Planning.RolePlanning::open).sum()).isZero();
        assertThat(planning.open()).isEqualTo(1);
        assertThat(emerging.plansExpected()).isFalse();
        assertThat(emerging.plans()).isEmpty();
    }

    @Test
    void aPlanWithStepsAndNoNotesYetIsPlannedBySteps() {
        // a plan whose notes were never written reaches the projection as a null note (the hostile suite's fixtures)
        Worksheet mature = Worksheet.of("Mature", Maturity.MATURE, 2020, 2030)
                .withPlan(PlanKind.SUCCESSION, null)
                .withStep(new Step("p1", null, PlanKind.SUCCESSION, NextStepStatus.TODO, TODAY.plusMonths(3), Horizon.SHORT));

        Planning planning = analytics(mature).planning();

        assertThat(planning.plans().get(0).readiness()).isEqualTo(Readiness.STEPS_ONLY);
        assertThat(planning.open()).isEqualTo(1);
    }

    @Test
    void moneyIsSecuredOrProposedPerRoleAndCurrencyAndAResourceForTwoRolesCountsInFullForEach() {
        Pooling pooling = analytics(table
                .withResource(resource("r1", "p1", ResourceKind.FUNDING, "10000", "CAD", ResourceStatus.COMMITTED,
                        POLICY, RESOURCES))
                .withResource(resource("r2", "p2", ResourceKind.FUNDING, "2500.50", "CAD", ResourceStatus.DELIVERED,
                        POLICY))
                .withResource(resource("r3", "p2", ResourceKind.FUNDING, "800", "EUR", ResourceStatus.PROPOSED, POLICY))
                .withResource(resource("r4", "p3", ResourceKind.FUNDING, "99999", "CAD", ResourceStatus.WITHDRAWN,
                        POLICY))).pooling();

        Pooling.RolePooling policy = pooling.roles().get(POLICY.ordinal());
        assertThat(policy.securedMoney()).containsExactly(new Money("CAD", new BigDecimal("12500.50")));
        assertThat(policy.proposedMoney()).containsExactly(new Money("EUR", new BigDecimal("800")));
        assertThat(policy.securedResources()).isEqualTo(2);
        assertThat(policy.proposedResources()).isEqualTo(1);
        assertThat(pooling.roles().get(RESOURCES.ordinal()).securedMoney())
                .containsExactly(new Money("CAD", new BigDecimal("10000")));
    }

    @Test
    void staffTimeCountsInHoursPerMonthAndOtherKindsAreCounted() {
        Pooling pooling = analytics(table
                .withResource(resource("r1", "p1", ResourceKind.STAFF_TIME, "10", "HOURS_PER_WEEK",
                        ResourceStatus.COMMITTED, COMMUNITY_ENGAGEMENT))
                .withResource(resource("r2", "p2", ResourceKind.STAFF_TIME, "20", "HOURS_PER_MONTH",
                        ResourceStatus.COMMITTED, COMMUNITY_ENGAGEMENT))
                .withResource(resource("r3", "p2", ResourceKind.STAFF_TIME, "5", "HOURS_PER_MONTH",
                        ResourceStatus.PROPOSED, COMMUNITY_ENGAGEMENT))
                .withResource(resource("r4", "p3", ResourceKind.SPACE, null, null, ResourceStatus.DELIVERED,
                        COMMUNITY_ENGAGEMENT))
                .withResource(resource("r5", "p3", ResourceKind.SPACE, null, null, ResourceStatus.PROPOSED,
                        COMMUNITY_ENGAGEMENT))
                .withResource(resource("r6", "p3", ResourceKind.DATA, null, null, ResourceStatus.COMMITTED,
                        COMMUNITY_ENGAGEMENT))).pooling();

        Pooling.RolePooling engagement = pooling.roles().get(COMMUNITY_ENGAGEMENT.ordinal());
        assertThat(engagement.securedHoursPerMonth()).isEqualByComparingTo("63.33");
        assertThat(engagement.proposedHoursPerMonth()).isEqualByComparingTo("5");
        assertThat(engagement.otherKinds()).isEqualTo(Map.of(ResourceKind.SPACE, 2, ResourceKind.DATA, 1));
        assertThat(engagement.securedMoney()).isEmpty();
    }

    @Test
    void rolesWithNoPooledResourceAreNamedAndWithdrawnOnesDoNotCount() {
        Pooling pooling = analytics(table
                .withResource(resource("r1", "p1", ResourceKind.EXPERTISE, null, null, ResourceStatus.PROPOSED, POLICY))
                .withResource(resource("r2", "p1", ResourceKind.SPACE, null, null, ResourceStatus.WITHDRAWN, RESOURCES)))
                .pooling();

        assertThat(pooling.withoutPooledResource()).containsExactly(VISION_STRATEGY, SHARED_MEASUREMENT,
                ALIGNED_ACTIVITIES, COMMUNITY_ENGAGEMENT, RESOURCES);
    }

    @Test
    void oneFunderHoldingNinetyPercentShowsInTheLargestShareAndTheHerfindahlIndex() {
        Pooling pooling = analytics(table
                .withResource(resource("r1", "big", ResourceKind.FUNDING, "60000", "CAD", ResourceStatus.COMMITTED, POLICY))
                .withResource(resource("r2", "big", ResourceKind.FUNDING, "30000", "CAD", ResourceStatus.PROPOSED,
                        RESOURCES))
                .withResource(resource("r3", "small", ResourceKind.FUNDING, "10000", "CAD", ResourceStatus.DELIVERED,
                        RESOURCES))
                .withResource(resource("r4", "gone", ResourceKind.FUNDING, "50000", "CAD", ResourceStatus.WITHDRAWN,
                        RESOURCES))).pooling();

        assertThat(pooling.concentration()).hasSize(1);
        Pooling.MoneyConcentration cad = pooling.concentration().get(0);
        assertThat(cad.total()).isEqualByComparingTo("100000");
        assertThat(cad.contributors()).isEqualTo(2);
        assertThat(cad.largestPartnerId()).isEqualTo("big");
        assertThat(cad.largestPartnerName()).isEqualTo("Partenaire big");
        assertThat(cad.largestShare()).isEqualTo(0.9);
        assertThat(cad.herfindahl()).isEqualTo(0.82); // 0.9² + 0.1²
    }

    @Test
    void evenFundersMakeALowHerfindahlIndex() {
        Worksheet even = table;
        for (String partner : List.of("a", "b", "c", "d")) {
            even = even.withResource(resource("r" + partner, partner, ResourceKind.FUNDING, "500", "CAD",
                    ResourceStatus.COMMITTED, POLICY));
        }
        Pooling.MoneyConcentration cad = analytics(even).pooling().concentration().get(0);

        assertThat(cad.largestShare()).isEqualTo(0.25);
        assertThat(cad.herfindahl()).isEqualTo(0.25);
    }

    @Test
    void partnersGivingToSeveralRolesAreListedWithTheirRoles() {
        Pooling pooling = analytics(table
                .withResource(resource("r1", "p1", ResourceKind.FUNDING, "100", "CAD", ResourceStatus.COMMITTED, POLICY))
                .withResource(resource("r2", "p1", ResourceKind.SPACE, null, null, ResourceStatus.PROPOSED, RESOURCES,
                        VISION_STRATEGY))
                .withResource(resource("r3", "p2", ResourceKind.DATA, null, null, ResourceStatus.COMMITTED,
                        SHARED_MEASUREMENT))
                .withResource(resource("r4", "p3", ResourceKind.DATA, null, null, ResourceStatus.WITHDRAWN, POLICY,
                        RESOURCES))).pooling();

        assertThat(pooling.partnersGivingToSeveralRoles()).containsExactly(new Pooling.PartnerReach("p1",
                "Partenaire p1", List.of(VISION_STRATEGY, POLICY, RESOURCES), 2));
    }

    @Test
    void theSameWorksheetAndDayGiveTheSameFigures() {
        Worksheet worksheet = table.withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville")))
                .withStep(step("s1", POLICY, NextStepStatus.TODO, TODAY.plusYears(2), Horizon.LONG))
                .withResource(resource("r1", "p1", ResourceKind.FUNDING, "100", "CAD", ResourceStatus.COMMITTED, POLICY));

        assertThat(analytics(worksheet)).isEqualTo(analytics(worksheet));
    }
}
