package org.backboneplanner.worksheet.resources;

import java.math.BigDecimal;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;

/**
 * A resource a partner pooled for an initiative, as partner-service last announced it: {@code amount} in
 * {@code unit} (an ISO 4217 currency for funding, {@code HOURS_PER_MONTH} or {@code HOURS_PER_WEEK} for staff
 * time, a free unit or none otherwise), for the roles it serves.
 */
public record PooledResource(String id, String partnerName, ResourceKind kind, String description, BigDecimal amount,
                             String unit, List<BackboneRole> roles, ResourceStatus status) {

    public PooledResource {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
