package org.backboneplanner.debrief.analytics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;

/**
 * The third debrief question, how the initiative plans what comes next: next steps per role by year
 * and horizon, the roles with nothing planned beyond twelve months (the seed asks to plan "sur le long
 * terme, pas seulement pour une année"), what is overdue and done, and for a mature initiative whether
 * succession and sustainability have a plan and steps. Dropped steps count nowhere.
 */
public record Planning(List<RolePlanning> roles, List<YearCount> stepsByYear, int open, int overdue, int done,
                       List<BackboneRole> nothingBeyondTwelveMonths, boolean plansExpected, List<PlanProgress> plans) {

    /** How far ahead a step must look to count as planning beyond the year. */
    static final int LONG_TERM_MONTHS = 12;

    public static Planning of(Worksheet worksheet, LocalDate today) {
        List<Worksheet.Step> live = worksheet.steps().stream().filter(s -> s.status() != NextStepStatus.DROPPED)
                .toList();
        List<RolePlanning> roles = Arrays.stream(BackboneRole.values()).map(role -> RolePlanning.of(role,
                live.stream().filter(s -> s.role() == role).toList(), worksheet, today)).toList();
        List<PlanProgress> plans = worksheet.maturity() == Maturity.MATURE || !worksheet.plans().isEmpty()
                || live.stream().anyMatch(s -> s.plan() != null)
                ? Arrays.stream(PlanKind.values()).map(plan -> PlanProgress.of(plan, worksheet.plans().get(plan),
                        live.stream().filter(s -> s.role() == null && s.plan() == plan).toList())).toList()
                : List.of();
        return new Planning(roles, YearCount.of(live, worksheet),
                (int) live.stream().filter(Worksheet.Step::open).count(),
                (int) live.stream().filter(s -> s.overdue(today)).count(),
                (int) live.stream().filter(s -> s.status() == NextStepStatus.DONE).count(),
                roles.stream().filter(r -> !r.plannedBeyondTwelveMonths()).map(RolePlanning::role).toList(),
                worksheet.maturity() == Maturity.MATURE, plans);
    }

    /** Whether a step still to do looks beyond twelve months: by its due date, or by its horizon if undated. */
    static boolean beyondTwelveMonths(Worksheet.Step step, LocalDate today) {
        if (!step.open()) {
            return false;
        }
        if (step.dueDate() != null) {
            return step.dueDate().isAfter(today.plusMonths(LONG_TERM_MONTHS));
        }
        return step.horizon() == Horizon.MEDIUM || step.horizon() == Horizon.LONG;
    }

    /** One role's next steps. {@code lastDueDate} is the furthest due date of a step still to do. */
    public record RolePlanning(BackboneRole role, List<YearCount> stepsByYear, Map<Horizon, Integer> stepsByHorizon,
                               int open, int overdue, int done, boolean plannedBeyondTwelveMonths,
                               LocalDate lastDueDate) {

        static RolePlanning of(BackboneRole role, List<Worksheet.Step> steps, Worksheet worksheet, LocalDate today) {
            Map<Horizon, Integer> byHorizon = new EnumMap<>(Horizon.class);
            for (Horizon horizon : Horizon.values()) {
                byHorizon.put(horizon, (int) steps.stream().filter(s -> s.horizon() == horizon).count());
            }
            return new RolePlanning(role, YearCount.of(steps, worksheet), byHorizon,
                    (int) steps.stream().filter(Worksheet.Step::open).count(),
                    (int) steps.stream().filter(s -> s.overdue(today)).count(),
                    (int) steps.stream().filter(s -> s.status() == NextStepStatus.DONE).count(),
                    steps.stream().anyMatch(s -> beyondTwelveMonths(s, today)),
                    steps.stream().filter(Worksheet.Step::open).map(Worksheet.Step::dueDate)
                            .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null));
        }
    }

    /**
     * Steps due in a year, still to do and done: every year of the initiative's horizon is listed, even
     * empty, and any year outside it that has a step.
     */
    public record YearCount(int year, int open, int done) {

        static List<YearCount> of(List<Worksheet.Step> steps, Worksheet worksheet) {
            Map<Integer, int[]> years = new TreeMap<>();
            if (worksheet.startYear() > 0 && worksheet.endYear() >= worksheet.startYear()
                    && worksheet.endYear() - worksheet.startYear() <= 100) {
                IntStream.rangeClosed(worksheet.startYear(), worksheet.endYear())
                        .forEach(year -> years.put(year, new int[2]));
            }
            for (Worksheet.Step step : steps) {
                if (step.dueDate() != null && (step.open() || step.status() == NextStepStatus.DONE)) {
                    years.computeIfAbsent(step.dueDate().getYear(), y -> new int[2])[step.open() ? 0 : 1]++;
                }
            }
            return years.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .toList();
        }
    }

    /** Whether a plan is written down, has steps, both or neither. */
    public enum Readiness {
        PLANNED, NOTES_ONLY, STEPS_ONLY, MISSING
    }

    /** A mature initiative's succession or sustainability plan. */
    public record PlanProgress(PlanKind plan, boolean notes, int openSteps, int doneSteps, Readiness readiness) {

        static PlanProgress of(PlanKind plan, String notes, List<Worksheet.Step> steps) {
            boolean written = notes != null && !notes.isBlank();
            int open = (int) steps.stream().filter(Worksheet.Step::open).count();
            int done = (int) steps.stream().filter(s -> s.status() == NextStepStatus.DONE).count();
            boolean stepped = open + done > 0;
            Readiness readiness = written && stepped ? Readiness.PLANNED : written ? Readiness.NOTES_ONLY
                    : stepped ? Readiness.STEPS_ONLY : Readiness.MISSING;
            return new PlanProgress(plan, written, open, done, readiness);
        }
    }
}
