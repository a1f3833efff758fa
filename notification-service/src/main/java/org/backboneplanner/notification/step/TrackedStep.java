package org.backboneplanner.notification.step;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A next step as this service follows it: enough to remind its owner and to list it in their digest.
 * Updated from worksheet events, each once ({@code sequence} per initiative); {@code reminderIds} are
 * the reminders planned for it (its next one pending, the earlier ones of its deadline sent), so a replan finds
 * them without searching. {@code revision} changes with every write, which each writer makes conditional on the
 * revision it read: a replan and the planning of a step's following reminder at dispatch never overwrite each
 * other's reminder ids. {@code ownerLeft}: its owner
 * (a member, {@code ownerMemberId}) left the initiative, so they get no reminder and no digest line for it;
 * {@code removed}: the step was taken off its worksheet (it may be restored), so the same.
 * A due date outside {@link Limits#EARLIEST}..{@link Limits#LATEST} is not kept: the step has no reminders.
 */
@Document("tracked_steps")
@CompoundIndexes({
        @CompoundIndex(name = "owner_member", def = "{'initiativeId': 1, 'ownerMemberId': 1}"),
        // every conditional write asks for {_id, revision}: this index serves it on the MongoDB wire-protocol server
        // too, which only uses an index whose keys are exactly the query's (redundant on MongoDB)
        @CompoundIndex(name = "id_revision", def = "{'_id': 1, 'revision': 1}", unique = true)})
public record TrackedStep(@Id String id, String networkId, String initiativeId, String initiativeName,
                          BackboneRole role, PlanKind plan, String title, String ownerMemberId, String ownerName,
                          @Indexed String ownerEmail, String language, LocalDate dueDate, NextStepStatus status,
                          Boolean ownerLeft, Boolean removed, long sequence, List<String> reminderIds,
                          String revision) {

    public TrackedStep {
        reminderIds = reminderIds == null ? List.of() : List.copyOf(reminderIds);
        ownerLeft = ownerLeft != null && ownerLeft;
        removed = removed != null && removed;
    }

    /** This step with these reminder ids, as of the stored {@code revision} a write of it is conditional on. */
    public TrackedStep withReminders(List<String> ids, String revision) {
        return new TrackedStep(id, networkId, initiativeId, initiativeName, role, plan, title, ownerMemberId, ownerName,
                ownerEmail, language, dueDate, status, ownerLeft, removed, sequence, ids, revision);
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
