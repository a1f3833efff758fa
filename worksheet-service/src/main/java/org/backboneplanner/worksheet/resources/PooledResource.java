package org.backboneplanner.worksheet.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;

/**
 * A resource a partner pooled for an initiative, as partner-service last announced it: {@code amount} in
 * {@code unit} (an ISO 4217 currency for funding, {@code HOURS_PER_MONTH} or {@code HOURS_PER_WEEK} for staff
 * time, a free unit or none otherwise), over the period {@code from}–{@code to} (either may be null), for the roles it
 * serves.
 */
public record PooledResource(String id, String partnerName, ResourceKind kind, String description, BigDecimal amount,
                             String unit, LocalDate from, LocalDate to, List<BackboneRole> roles, ResourceStatus status) {

    public PooledResource {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
