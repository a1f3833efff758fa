package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.problem.ConflictException;

/**
 * Where next steps live: a role's row, or a succession or sustainability plan. Both keep them the same
 * way, at most {@link Limits#STEPS} each (done and dropped ones included, as history).
 */
public abstract class StepHolder {

    private final List<NextStep> nextSteps;

    protected StepHolder(List<NextStep> nextSteps) {
        this.nextSteps = new ArrayList<>(nextSteps == null ? List.of() : nextSteps);
    }

    void add(NextStep step) {
        if (nextSteps.size() >= Limits.STEPS) {
            throw new ConflictException("limit-reached", "conflict.steps-limit", Limits.STEPS);
        }
        nextSteps.add(step);
    }

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
}
