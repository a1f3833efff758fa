package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboneplanner.events.BackboneRole.COMMUNITY_ENGAGEMENT;
import static org.backboneplanner.events.BackboneRole.POLICY;
import static org.backboneplanner.events.BackboneRole.RESOURCES;
import static org.backboneplanner.events.BackboneRole.SHARED_MEASUREMENT;
import static org.backboneplanner.events.BackboneRole.VISION_STRATEGY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.junit.jupiter.api.Test;

/** Initiatives side by side: scores, roles weak across the network, partners' load and money. */
class NetworkAnalyticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Carrier VILLE = Carrier.partner("ville", "Ville");

    private static NetworkAnalytics.Entry entry(String id, Worksheet worksheet) {
        return new NetworkAnalytics.Entry(id, worksheet.name(), worksheet.maturity(), worksheet,
                InitiativeAnalytics.of(worksheet, TODAY));
    }

    private static Resource money(String id, String partner, String amount, ResourceStatus status, BackboneRole... roles) {
        return new Resource(id, partner, partner.toUpperCase(), ResourceKind.FUNDING, new BigDecimal(amount), "CAD", null,
                null, Set.of(roles), status);
    }

    private final Worksheet food = Worksheet.of("Alimentation", Maturity.EMERGING, 2026, 2029)
            .withRow(POLICY, Row.carriedBy(VILLE))
            .withRow(RESOURCES, Row.carriedBy(VILLE, Carrier.member("m", "Marie")))
            .withRow(SHARED_MEASUREMENT, Row.carriedBy(Carrier.toFind("Analyste")))
            .withStep(new Step("s", POLICY, null, NextStepStatus.TODO, TODAY.plusMonths(14), Horizon.MEDIUM))
            .withResource(money("r1", "ville", "9000", ResourceStatus.COMMITTED, POLICY, RESOURCES));
    private final Worksheet housing = Worksheet.of("Logement", Maturity.MATURE, 2024, 2030)
            .withRow(VISION_STRATEGY, Row.carriedBy(VILLE))
            .withRow(COMMUNITY_ENGAGEMENT, Row.carriedBy(VILLE))
            .withRow(POLICY, Row.carriedBy(VILLE))
            .withResource(money("r2", "ville", "5000", ResourceStatus.PROPOSED, VISION_STRATEGY))
            .withResource(money("r3", "caisse", "1000", ResourceStatus.DELIVERED, POLICY))
            .withResource(money("r4", "caisse", "7000", ResourceStatus.WITHDRAWN, POLICY));

    @Test
    void eachInitiativeHasACoverageScoreAndEachRoleACell() {
        NetworkAnalytics network = NetworkAnalytics.of(List.of(entry("a", food), entry("b", housing)), 4);

        NetworkAnalytics.InitiativeRow alimentation = network.initiatives().get(0);
        // POLICY: one carrier 1 + money 1 + beyond a year 1 = 3; RESOURCES: two carriers 2 + money 1 = 3; 6 of 24
        assertThat(alimentation.coverageScore()).isEqualTo(25);
        assertThat(alimentation.roles().get(POLICY.ordinal()).score()).isEqualTo(3);
        assertThat(alimentation.roles().get(SHARED_MEASUREMENT.ordinal()).toFind()).isEqualTo(1);
        assertThat(alimentation.rolesToFind()).isEqualTo(1);
        assertThat(CoverageScore.of(InitiativeAnalytics.of(Worksheet.of("Vide", Maturity.EMERGING, 2026, 2027), TODAY)))
                .isZero();
    }

    @Test
    void rolesWeakAcrossTheNetworkAreThoseWithALowAverageScore() {
        NetworkAnalytics network = NetworkAnalytics.of(List.of(entry("a", food), entry("b", housing)), 4);

        NetworkAnalytics.RoleAcross measurement = network.roles().get(SHARED_MEASUREMENT.ordinal());
        assertThat(measurement.uncovered()).isEqualTo(2);
        assertThat(measurement.averageScore()).isZero();
        NetworkAnalytics.RoleAcross policy = network.roles().get(POLICY.ordinal());
        assertThat(policy.singleCarrier()).isEqualTo(2);
        assertThat(policy.averageScore()).isEqualTo(63); // (3 + 2) / 8
        assertThat(network.weakRoles()).contains(SHARED_MEASUREMENT).doesNotContain(POLICY);
    }

    @Test
    void aPartnerCarryingManyRolesAcrossInitiativesIsFlaggedAndItsMoneyAddedUp() {
        NetworkAnalytics network = NetworkAnalytics.of(List.of(entry("a", food), entry("b", housing)), 4);

        assertThat(network.partners()).hasSize(1);
        NetworkAnalytics.PartnerLoad ville = network.partners().get(0);
        assertThat(ville.roles()).isEqualTo(5);
        assertThat(ville.initiatives()).isEqualTo(2);
        assertThat(ville.overloaded()).isTrue();
        assertThat(ville.initiativeNames()).containsExactly("Alimentation", "Logement");
        assertThat(NetworkAnalytics.of(List.of(entry("a", food)), 4).partners().get(0).overloaded()).isFalse();

        assertThat(network.pooledMoneyByPartner()).extracting(NetworkAnalytics.PartnerMoney::partnerId)
                .containsExactly("ville", "caisse");
        NetworkAnalytics.PartnerMoney money = network.pooledMoneyByPartner().get(0);
        assertThat(money.secured()).containsExactly(new Pooling.Money("CAD", new BigDecimal("9000")));
        assertThat(money.proposed()).containsExactly(new Pooling.Money("CAD", new BigDecimal("5000")));
        assertThat(money.initiatives()).isEqualTo(2);
        assertThat(network.pooledMoneyByPartner().get(1).secured())
                .containsExactly(new Pooling.Money("CAD", new BigDecimal("1000")));
    }
}
