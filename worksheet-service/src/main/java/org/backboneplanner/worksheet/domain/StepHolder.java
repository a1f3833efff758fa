package org.backboneplanner.worksheet.domain;

import java.util.List;
import java.util.Optional;

/** Where next steps live: a role's row, or a succession or sustainability plan. */
public interface StepHolder {

    void add(NextStep step);

    Optional<NextStep> nextStep(String stepId);

    List<NextStep> nextSteps();
}
