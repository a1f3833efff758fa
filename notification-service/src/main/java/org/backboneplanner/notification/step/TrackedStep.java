package org.backboneplanner.notification.step;

import java.time.LocalDate;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A next step as this service follows it: enough to remind its owner and to list it in their digest.
 * Updated from worksheet events, each once ({@code sequence} per initiative).
 */
@Document("tracked_steps")
public record TrackedStep(@Id String id, String networkId, String initiativeId, String initiativeName,
                          BackboneRole role, PlanKind plan, String title, String ownerName,
                          @Indexed String ownerEmail, String language, LocalDate dueDate, NextStepStatus status,
                          long sequence) {

    public boolean open() {
        return status != null && status.isOpen();
    }
}
