package org.backboneplanner.debrief.coverage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.backboneplanner.debrief.resources.ResourceStatusProjection.Counts;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;

/**
 * One role in the debrief: who carries it, whether it is shared and resources are pooled for it, and
 * how its next steps stand.
 */
public record RoleCoverage(BackboneRole key, String labelFr, String labelEn, long partners, long members,
                           long toFind, boolean covered, boolean shared, int poolingIntentions,
                           int resourcesSecured, int resourcesProposed, long openNextSteps, long overdueNextSteps,
                           long doneNextSteps) {

    /** The six roles of an initiative, in the worksheet's order. */
    public static List<RoleCoverage> of(InitiativeCoverage coverage, LocalDate today, Map<BackboneRole, Counts> resources) {
        return Arrays.stream(BackboneRole.values()).map(role -> {
            InitiativeCoverage.Carriers carriers = coverage.carriers(role);
            List<InitiativeCoverage.Step> steps = coverage.steps().values().stream()
                    .filter(step -> role.name().equals(step.role())).toList();
            Counts pooled = resources.getOrDefault(role, new Counts(0, 0));
            return new RoleCoverage(role, role.labelFr(), role.labelEn(), carriers.partners(), carriers.members(),
                    carriers.toFind(), carriers.covered(), carriers.shared(), coverage.poolingIntentions(role),
                    pooled.secured(), pooled.proposed(),
                    steps.stream().filter(InitiativeCoverage.Step::open).count(),
                    steps.stream().filter(step -> step.overdue(today)).count(),
                    steps.stream().filter(step -> step.status() == NextStepStatus.DONE).count());
        }).toList();
    }
}
