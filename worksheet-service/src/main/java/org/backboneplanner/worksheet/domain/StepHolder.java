package org.backboneplanner.worksheet.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.NotFoundException;

/**
 * Where next steps live: a role's row, or a succession or sustainability plan. Both keep them the same
 * way, in the order the members set, at most {@link Limits#STEPS} each (done and dropped ones included, as
 * history). A removed step waits apart in its initiative, restorable for a while.
 */
public abstract class StepHolder {

    private final List<NextStep> nextSteps;

    protected StepHolder(List<NextStep> nextSteps) {
        this.nextSteps = new ArrayList<>(nextSteps == null ? List.of() : nextSteps);
    }

    void add(NextStep step) {
        requireRoom();
        nextSteps.add(step);
    }

    /** Takes a step off at {@code place}; the initiative keeps it apart for a while, to be put back. */
    RemovedStep remove(String stepId, StepPlace place, Instant now) {
        NextStep step = requireStep(stepId);
        int position = nextSteps.indexOf(step);
        nextSteps.remove(position);
        step.touch();
        return new RemovedStep(step, place, position, now);
    }

    /** Puts a removed step back where it was (or last, if the list got shorter); 409 when the list is full. */
    NextStep putBack(RemovedStep removed) {
        requireRoom();
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
            throw ConflictException.with(before, "conflict", "conflict.step-order", before.size());
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

    public List<NextStep> nextSteps() {
        return List.copyOf(nextSteps);
    }

    /** Deep copies of the steps, for a version that must not move when the draft does. */
    protected List<NextStep> copiedSteps() {
        return nextSteps.stream().map(NextStep::copy).toList();
    }

    private NextStep requireStep(String stepId) {
        return nextStep(stepId).orElseThrow(() -> new NotFoundException("not-found.next-step", stepId));
    }

    private void requireRoom() {
        if (nextSteps.size() >= Limits.STEPS) {
            throw new ConflictException("limit-reached", "conflict.steps-limit", Limits.STEPS);
        }
    }
}
