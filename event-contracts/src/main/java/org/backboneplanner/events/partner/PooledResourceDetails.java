package org.backboneplanner.events.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;

/**
 * A pooled resource as events carry it, whole. {@code amount} and {@code unit} say how much: money has
 * an ISO 4217 currency as unit, staff time {@code HOURS_PER_MONTH} or {@code HOURS_PER_WEEK}, anything
 * else a free unit or none. {@code initiativeId} is null for a resource pooled for the whole network.
 */
public record PooledResourceDetails(String resourceId, String initiativeId, String partnerId, String partnerName,
                                    ResourceKind kind, String description, BigDecimal amount, String unit,
                                    LocalDate from, LocalDate to, List<BackboneRole> roles, ResourceStatus status) {
}
