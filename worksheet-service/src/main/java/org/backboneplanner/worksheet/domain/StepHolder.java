package org.backboneplanner.worksheet.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.NotFoundException;

/**
 * Where next steps live: a role's row, or a succession or sustainability plan. Both keep them the same
 * way, in the order the members set, at most {@link Limits#STEPS} each (done and dropped ones included, as
 * history). A removed step waits apart, restorable for a while; at most {@link #REMOVED_KEPT} wait, so
 * removing never makes the document grow without bound.
 */
public abstract class StepHolder {

    /** Removed steps kept for a restore, per role or plan; the oldest goes first beyond it. */
    public static final int REMOVED_KEPT = 10;

    private final List<NextStep> nextSteps;
    // not in the constructors: the store sets it, and documents written before it existed read it empty
    private List<RemovedStep> removedSteps = new ArrayList<>();

    protected StepHolder(List<NextStep> nextSteps) {
        this.nextSteps = new ArrayList<>(nextSteps == null ? List.of() : nextSteps);
    }

    void add(NextStep step) {
        requireRoom();
        nextSteps.add(step);
    }

    /** Takes a step off, keeping it apart to be restored within {@code window}; forgets those past theirs. */
    RemovedStep remove(String stepId, Instant now, Duration window) {
        NextStep step = requireStep(stepId);
        int position = nextSteps.indexOf(step);
        nextSteps.remove(position);
        step.touch();
        List<RemovedStep> kept = new ArrayList<>(removed().stream().filter(r -> r.restorable(now, window)).toList());
        RemovedStep removed = new RemovedStep(step, position, now);
        kept.add(removed);
        kept.sort(Comparator.comparing(RemovedStep::removedAt));
        removedSteps = new ArrayList<>(kept.subList(Math.max(0, kept.size() - REMOVED_KEPT), kept.size()));
        return removed;
    }

    /** Puts a removed step back where it was (or last, if the list got shorter); 404 once its window passed. */
    NextStep restore(String stepId, Instant now, Duration window) {
        RemovedStep removed = removedStep(stepId).filter(r -> r.restorable(now, window))
                .orElseThrow(() -> new NotFoundException("No removed next step " + stepId + " to restore here; a "
                        + "removed step can be restored for " + window.toMinutes() + " minutes."));
        requireRoom();
        removedSteps = new ArrayList<>(removed());
        removedSteps.remove(removed);
        NextStep step = removed.step();
        step.touch();
        nextSteps.add(Math.min(removed.position(), nextSteps.size()), step);
        return step;
    }

    /**
     * Puts the steps in the order {@code stepIds} gives, which must name each of them once (a step added or
     * removed meanwhile makes it 409, with the current order). @return the order before, or empty when unchanged
     */
    Optional<List<String>> reorder(List<String> stepIds) {
        List<String> before = nextSteps.stream().map(NextStep::id).toList();
        if (stepIds.size() != before.size() || !new HashSet<>(stepIds).equals(new HashSet<>(before))
                || new HashSet<>(stepIds).size() != stepIds.size()) {
            throw new ConflictException("The new order must name each of the " + before.size() + " next steps here "
                    + "once; someone may have added or removed one since you read them.", before);
        }
        if (stepIds.equals(before)) {
            return Optional.empty();
        }
        List<NextStep> ordered = stepIds.stream().map(this::requireStep).toList();
        nextSteps.clear();
        nextSteps.addAll(ordered);
        reordered();
        return Optional.of(before);
    }

    /** The holder's own version moves with its order. */
    protected abstract void reordered();

    public Optional<NextStep> nextStep(String stepId) {
        return nextSteps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    public Optional<RemovedStep> removedStep(String stepId) {
        return removed().stream().filter(r -> r.step().id().equals(stepId)).findFirst();
    }

    public List<NextStep> nextSteps() {
        return List.copyOf(nextSteps);
    }

    public List<RemovedStep> removed() {
        return removedSteps == null ? List.of() : List.copyOf(removedSteps);
    }

    /** Deep copies of the steps, for a version that must not move when the draft does. */
    protected List<NextStep> copiedSteps() {
        return nextSteps.stream().map(NextStep::copy).toList();
    }

    private NextStep requireStep(String stepId) {
        return nextStep(stepId).orElseThrow(() -> new NotFoundException("No next step " + stepId + " there."));
    }

    private void requireRoom() {
        if (nextSteps.size() >= Limits.STEPS) {
            throw new ConflictException("There are already " + Limits.STEPS + " next steps here, the most one role or "
                    + "plan keeps; change or reuse one that is done or dropped.", null);
        }
    }
}
