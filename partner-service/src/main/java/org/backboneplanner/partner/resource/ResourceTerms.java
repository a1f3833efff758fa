package org.backboneplanner.partner.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;

/** What is offered, how much, when, and for which roles. */
record ResourceTerms(ResourceKind kind, String description, BigDecimal amount, String unit, LocalDate from,
                     LocalDate to, List<BackboneRole> roles) {

    ResourceTerms {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
