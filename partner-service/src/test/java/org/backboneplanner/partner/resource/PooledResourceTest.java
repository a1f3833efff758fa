package org.backboneplanner.partner.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.support.problem.ConflictException;
import org.junit.jupiter.api.Test;

/** A pooled resource's rules, and the events its changes return. */
class PooledResourceTest {

    private static PooledResource funding() {
        return PooledResource.pool("r1", "net", "i1", "p1", "Ville", new ResourceTerms(ResourceKind.FUNDING, "Subvention",
                new BigDecimal("5000"), "CAD", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(BackboneRole.POLICY)), "alice", Instant.parse("2027-01-04T15:00:00Z"));
    }

    @Test
    void aResourceIsProposedFirstAndItsEventCarriesItWhole() {
        PooledResource resource = funding();

        var pooled = resource.pooled();

        assertThat(resource.status()).isEqualTo(ResourceStatus.PROPOSED);
        assertThat(pooled.resource().amount()).isEqualByComparingTo("5000");
        assertThat(pooled.resource().roles()).containsExactly(BackboneRole.POLICY);
    }

    @Test
    void itMovesFromProposedToCommittedToDeliveredAndNeverBack() {
        PooledResource resource = funding();

        var committed = resource.move(ResourceStatus.COMMITTED);
        var delivered = resource.move(ResourceStatus.DELIVERED);

        assertThat(committed.before()).isEqualTo(ResourceStatus.PROPOSED);
        assertThat(delivered.resource().status()).isEqualTo(ResourceStatus.DELIVERED);
        assertThatThrownBy(() -> resource.move(ResourceStatus.PROPOSED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> resource.move(ResourceStatus.WITHDRAWN)).isInstanceOf(ConflictException.class);
        assertThat(resource.version()).isEqualTo(3);
    }

    @Test
    void aChangeNamesTheFieldsThatChangedAndNoChangeCausesNoEvent() {
        PooledResource resource = funding();
        ResourceTerms same = resource.terms();
        ResourceTerms more = new ResourceTerms(ResourceKind.FUNDING, "Subvention", new BigDecimal("7500"), "CAD",
                same.from(), same.to(), List.of(BackboneRole.POLICY, BackboneRole.RESOURCES));

        assertThat(resource.change(same)).isEmpty();
        var changed = resource.change(more).orElseThrow();

        assertThat(changed.changed()).containsExactlyInAnyOrder("amount", "roles");
        assertThat(changed.resource().amount()).isEqualByComparingTo("7500");
    }
}
