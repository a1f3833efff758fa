package org.backboneplanner.debrief.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the debrief knows of one initiative's worksheet, built from its events: for each role, how
 * many carriers of each kind; each next step's role, status and due date; how many changes so far.
 */
@Document("initiative_coverage")
public record InitiativeCoverage(
        @Id String id,
        @Indexed String networkId,
        String name,
        Instant createdAt,
        Instant lastChangeAt,
        long changes,
        long sequence,
        Map<String, Carriers> roles,
        Map<String, Step> steps) {

    public InitiativeCoverage {
        roles = roles == null ? Map.of() : roles;
        steps = steps == null ? Map.of() : steps;
    }

    public Carriers carriers(BackboneRole role) {
        return roles.getOrDefault(role.name(), new Carriers(0, 0, 0));
    }

    /** How many carriers of each kind a role has; a placeholder "to find" does not cover it. */
    public record Carriers(long partners, long members, long toFind) {

        public boolean covered() {
            return partners + members > 0;
        }
    }

    /** A next step as far as analytics care. */
    public record Step(String role, NextStepStatus status, LocalDate dueDate) {

        public boolean open() {
            return status != null && status.isOpen();
        }

        public boolean overdue(LocalDate today) {
            return open() && dueDate != null && dueDate.isBefore(today);
        }
    }
}
