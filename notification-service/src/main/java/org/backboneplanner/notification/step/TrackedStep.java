package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A next step as this service follows it: enough to remind its owner and to list it in their digest.
 * Updated from worksheet events, each once ({@code sequence} per initiative); {@code reminderIds} are
 * the reminders planned for it, so a replan finds them without searching. {@code ownerLeft}: its owner
 * (a member, {@code ownerMemberId}) left the initiative, so they get no reminder and no digest line for it;
 * {@code removed}: the step was taken off its worksheet (it may be restored), so the same.
 * A due date outside {@link Limits#EARLIEST}..{@link Limits#LATEST} is not kept: the step has no reminders.
 */
@Document("tracked_steps")
@CompoundIndex(name = "owner_member", def = "{'initiativeId': 1, 'ownerMemberId': 1}")
public record TrackedStep(@Id String id, String networkId, String initiativeId, String initiativeName,
                          BackboneRole role, PlanKind plan, String title, String ownerMemberId, String ownerName,
                          @Indexed String ownerEmail, String language, LocalDate dueDate, NextStepStatus status,
                          Boolean ownerLeft, Boolean removed, long sequence, List<String> reminderIds) {

    public TrackedStep {
        reminderIds = reminderIds == null ? List.of() : List.copyOf(reminderIds);
        ownerLeft = ownerLeft != null && ownerLeft;
        removed = removed != null && removed;
    }

    public boolean open() {
        return status != null && status.isOpen();
    }

    /**
     * Whether its owner should hear of it: open, still on its worksheet, with a sane deadline, an address, and an
     * owner still there.
     */
    public boolean remindable() {
        return open() && !removed && Limits.plausible(dueDate) && ownerEmail != null && !ownerLeft;
    }
}
