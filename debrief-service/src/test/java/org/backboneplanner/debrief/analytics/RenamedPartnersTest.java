package org.backboneplanner.debrief.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.junit.jupiter.api.Test;

/** A partner renamed since a row or a resource was written is called by its current name everywhere it shows. */
class RenamedPartnersTest {

    private static Worksheet.Resource funding(String id, String partner, String name, String amount, BackboneRole... roles) {
        return new Worksheet.Resource(id, partner, name, ResourceKind.FUNDING, new BigDecimal(amount), "CAD", null, null,
                Set.of(roles), ResourceStatus.COMMITTED);
    }

    @Test
    void carriersSharedTasksAndResourcesTakeThePartnersCurrentName() {
        Worksheet worksheet = Worksheet.of("Table", null, 2026, 2028)
                .withRow(BackboneRole.POLICY, Worksheet.Row.carriedBy(Worksheet.Carrier.partner("p1", "Ville"),
                        Worksheet.Carrier.member("alice", "Alice")).sharedBy(new Worksheet.SharedTask("Veille",
                        List.of("p1", "p2"), List.of("Ville", "CISSS"))))
                .withResource(funding("r1", "p1", "Ville", "9000", BackboneRole.POLICY, BackboneRole.RESOURCES))
                .withResource(funding("r2", "p2", "CISSS", "1000", BackboneRole.POLICY));

        Worksheet renamed = worksheet.withPartnerNames(Map.of("p1", "Ville de Granby", "alice", "not a partner"));
        InitiativeAnalytics analytics = InitiativeAnalytics.of(renamed, LocalDate.of(2026, 11, 30));

        Carrying.RoleCarrying policy = analytics.carrying().roles().get(BackboneRole.POLICY.ordinal());
        assertThat(policy.carriers()).containsExactly("Ville de Granby", "Alice");
        assertThat(policy.sharedWith()).containsExactly("Ville de Granby", "CISSS");
        assertThat(analytics.pooling().concentration().get(0).largestPartnerName()).isEqualTo("Ville de Granby");
        assertThat(analytics.pooling().partnersGivingToSeveralRoles().get(0).partnerName()).isEqualTo("Ville de Granby");
        assertThat(InitiativeAnalytics.of(worksheet, LocalDate.of(2026, 11, 30)).pooling().concentration().get(0)
                .largestPartnerName()).isEqualTo("Ville");
    }
}
