package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboneplanner.events.BackboneRole.POLICY;
import static org.backboneplanner.events.BackboneRole.RESOURCES;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backboneplanner.debrief.analytics.Worksheet.Carrier;
import org.backboneplanner.debrief.analytics.Worksheet.Resource;
import org.backboneplanner.debrief.analytics.Worksheet.Row;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Maturity;
import org.junit.jupiter.api.Test;

/** The same figures for every adopted version, and what moved since the last one. */
class TrendTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Figures figures(Worksheet worksheet) {
        return Figures.of(InitiativeAnalytics.of(worksheet, TODAY));
    }

    private static Trend.VersionFigures version(int number, Figures figures) {
        return new Trend.VersionFigures(new Trend.Version("v" + number, number, "Version " + number,
                Instant.parse("2026-0" + number + "-01T12:00:00Z")), figures, List.of());
    }

    private static Figures.Change change(String figure, int before, int now) {
        return new Figures.Change(figure, BigDecimal.valueOf(before), BigDecimal.valueOf(now));
    }

    @Test
    void whatMovedSinceTheLastVersionIsNamedWithBothValues() {
        Worksheet first = Worksheet.of("Table", Maturity.EMERGING, 2026, 2028);
        Worksheet second = first.withRow(POLICY, Row.carriedBy(Carrier.partner("p1", "Ville")));
        Worksheet now = second.withResource(new Resource("r1", "p1", "Ville", ResourceKind.FUNDING,
                new BigDecimal("5000"), "CAD", null, null, Set.of(POLICY), ResourceStatus.COMMITTED));

        Trend trend = Trend.of(List.of(version(2, figures(second)), version(1, figures(first))), figures(now));

        assertThat(trend.versions()).extracting(v -> v.version().number()).containsExactly(1, 2);
        assertThat(trend.versions().get(0).changes()).isEmpty();
        assertThat(trend.versions().get(1).changes()).contains(change("carriedRoles", 0, 1),
                change("singleCarrierRoles", 0, 1), change("uncoveredRoles", 6, 5));
        assertThat(trend.lastVersion().name()).isEqualTo("Version 2");
        assertThat(trend.sinceLastVersion()).containsExactly(change("rolesWithoutPooledResource", 6, 5),
                new Figures.Change("securedMoney.CAD", null, new BigDecimal("5000")),
                new Figures.Change("largestShare.CAD", null, BigDecimal.valueOf(1.0)));
    }

    @Test
    void aRoleWhoseOnlyCarrierIsStillToFindCountsAsARoleToFind() {
        Worksheet first = Worksheet.of("Table", Maturity.EMERGING, 2026, 2028);
        Worksheet now = first.withRow(POLICY, Row.carriedBy(Carrier.toFind("Un élu")))
                .withRow(RESOURCES, Row.carriedBy(Carrier.toFind("Un bailleur"), Carrier.partner("p1", "Ville")));

        Trend trend = Trend.of(List.of(version(1, figures(first))), figures(now));

        // as the debrief's card: POLICY is to find; RESOURCES has a partner already
        assertThat(trend.sinceLastVersion()).contains(change("rolesToFind", 0, 1));
    }

    @Test
    void beforeAnyVersionNothingHasMoved() {
        Trend trend = Trend.of(List.of(), figures(Worksheet.of("Table", Maturity.EMERGING, 2026, 2028)));

        assertThat(trend.lastVersion()).isNull();
        assertThat(trend.sinceLastVersion()).isEmpty();
        assertThat(trend.now().uncoveredRoles()).isEqualTo(6);
    }
}
