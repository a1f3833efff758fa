package org.backboneplanner.worksheet.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.NextStepsReordered;
import org.backboneplanner.support.problem.NotFoundException;

/**
 * The next steps of one initiative, under its roles and (for a mature one) its plans: planned, changed,
 * removed and restored, put in order. Each method changes the initiative and returns the event it causes.
 */
public final class InitiativeSteps {

    /** Removed steps an initiative keeps for a restore; beyond it the oldest is forgotten. */
    public static final int REMOVED_KEPT = 10;

    private final Initiative initiative;

    InitiativeSteps(Initiative initiative) {
        this.initiative = initiative;
    }

    /** Adds a step last under its role or plan; its due date within the hard bounds around the horizon. */
    public NextStepScheduled schedule(StepPlace place, NextStep step) {
        StepHolder holder = initiative.holder(place);
        initiative.details().requirePlannable(step.dueDate());
        holder.add(step);
        return new NextStepScheduled(initiative.name(), step.details(place.role(), place.plan()));
    }

    public Optional<NextStepUpdated> change(StepPlace place, String stepId, NextStepChange change, LocalDate today) {
        NextStep step = initiative.holder(place).nextStep(stepId)
                .orElseThrow(() -> new NotFoundException("not-found.next-step", stepId));
        NextStepDetails before = step.details(place.role(), place.plan());
        if (change.dueDate() != null && !change.dueDate().equals(step.dueDate())) {
            initiative.details().requirePlannable(change.dueDate());
        }
        Set<String> changed = step.change(change, today);
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new NextStepUpdated(initiative.name(), step.details(place.role(), place.plan()), changed,
                before));
    }

    /**
     * Takes a step off its role or plan; it can be restored within {@code window}. The initiative keeps at most
     * {@link #REMOVED_KEPT} removed steps (the latest), and forgets those whose window has passed, so removing
     * never makes its document grow much: a full initiative stays under 8 MB with them.
     */
    public Removal remove(StepPlace place, String stepId, Instant now, Duration window) {
        RemovedStep removed = initiative.holder(place).remove(stepId, place, now);
        List<RemovedStep> kept = new ArrayList<>(initiative.removedSteps().stream()
                .filter(r -> r.restorable(now, window)).toList());
        kept.add(removed);
        kept.sort(Comparator.comparing(RemovedStep::removedAt));
        initiative.keepRemoved(kept.subList(Math.max(0, kept.size() - REMOVED_KEPT), kept.size()));
        return new Removal(removed, new NextStepRemoved(initiative.name(), removed.step().details(place.role(),
                place.plan())));
    }

    /** A step removed now, and the event saying so. */
    public record Removal(RemovedStep removed, NextStepRemoved event) {
    }

    /** Brings a removed step back where it was, if its window has not passed (404 otherwise). */
    public Restoration restore(StepPlace place, String stepId, Instant now, Duration window) {
        RemovedStep removed = removed(place, stepId).filter(r -> r.restorable(now, window))
                .orElseThrow(() -> new NotFoundException("not-found.removed-step", stepId, window.toMinutes()));
        NextStep step = initiative.holder(place).putBack(removed);
        initiative.keepRemoved(initiative.removedSteps().stream().filter(r -> r != removed).toList());
        return new Restoration(step, new NextStepRestored(initiative.name(), step.details(place.role(), place.plan())));
    }

    /** A step back, and the event saying so. */
    public record Restoration(NextStep step, NextStepRestored event) {
    }

    /** A step removed from {@code place} that the initiative still keeps (its window may have passed). */
    public Optional<RemovedStep> removed(StepPlace place, String stepId) {
        return initiative.removedSteps().stream()
                .filter(r -> r.place().equals(place) && r.step().id().equals(stepId)).findFirst();
    }

    /** Sets the order of a role's or plan's steps; empty when it was already so. */
    public Optional<NextStepsReordered> reorder(StepPlace place, List<String> stepIds) {
        StepHolder holder = initiative.holder(place);
        return holder.reorder(stepIds).map(before -> new NextStepsReordered(place.role(), place.plan(),
                holder.nextSteps().stream().map(NextStep::id).toList(), before));
    }
}
