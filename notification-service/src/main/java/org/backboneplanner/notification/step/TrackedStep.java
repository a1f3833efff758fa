package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A next step as this service follows it: enough to remind its owner and to list it in their digest.
 * Updated from worksheet events, each once ({@code sequence} per initiative); {@code reminderIds} are
 * the reminders planned for it, so a replan finds them without searching.
 */
@Document("tracked_steps")
public record TrackedStep(@Id String id, String networkId, String initiativeId, String initiativeName,
                          BackboneRole role, PlanKind plan, String title, String ownerName,
                          @Indexed String ownerEmail, String language, LocalDate dueDate, NextStepStatus status,
                          long sequence, List<String> reminderIds) {

    public TrackedStep {
        reminderIds = reminderIds == null ? List.of() : List.copyOf(reminderIds);
    }

    public boolean open() {
        return status != null && status.isOpen();
    }
}
