package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;

/** What changed between two versions of a worksheet (or a version and the draft), role by role. */
public record VersionComparison(Side from, Side to, boolean unchanged, List<RoleDiff> roles,
                                List<String> poolingAdded, List<String> poolingRemoved, List<PlanDiff> plans) {

    /** One end of the comparison. */
    public record Side(String id, String name) {
    }

    /** A row's differences; lists are empty where nothing changed. */
    public record RoleDiff(BackboneRole key, List<String> carriersAdded, List<String> carriersRemoved,
                           List<String> strengthsAdded, List<String> strengthsRemoved, List<String> weaknessesAdded,
                           List<String> weaknessesRemoved, StepsDiff nextSteps, boolean sharingChanged) {

        boolean isEmpty() {
            return carriersAdded.isEmpty() && carriersRemoved.isEmpty() && strengthsAdded.isEmpty()
                    && strengthsRemoved.isEmpty() && weaknessesAdded.isEmpty() && weaknessesRemoved.isEmpty()
                    && nextSteps.isEmpty() && !sharingChanged;
        }
    }

    /** Next steps added, removed, or changed (with the fields that changed). */
    public record StepsDiff(List<String> added, List<String> removed, List<ChangedStep> changed) {

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public record ChangedStep(String id, String title, List<String> fields) {
    }

    public record PlanDiff(PlanKind kind, boolean notesChanged, StepsDiff nextSteps) {
    }

    public static VersionComparison of(WorksheetVersion from, WorksheetVersion to) {
        List<RoleDiff> roles = new ArrayList<>();
        for (BackboneRole role : BackboneRole.values()) {
            RoleRow a = row(from, role);
            RoleRow b = row(to, role);
            roles.add(new RoleDiff(role,
                    added(names(a), names(b)), added(names(b), names(a)),
                    added(a.strengths(), b.strengths()), added(b.strengths(), a.strengths()),
                    added(a.weaknesses(), b.weaknesses()), added(b.weaknesses(), a.weaknesses()),
                    steps(a.nextSteps(), b.nextSteps()), !a.sharing().equals(b.sharing())));
        }
        List<String> poolingBefore = from.pooling().intentions().stream().map(i -> i.description()).toList();
        List<String> poolingAfter = to.pooling().intentions().stream().map(i -> i.description()).toList();
        List<PlanDiff> plans = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            Plan a = plan(from, kind);
            Plan b = plan(to, kind);
            plans.add(new PlanDiff(kind, !Objects.equals(a.notes(), b.notes()), steps(a.nextSteps(), b.nextSteps())));
        }
        List<String> poolingAdded = added(poolingBefore, poolingAfter);
        List<String> poolingRemoved = added(poolingAfter, poolingBefore);
        boolean unchanged = roles.stream().allMatch(RoleDiff::isEmpty) && poolingAdded.isEmpty()
                && poolingRemoved.isEmpty() && plans.stream().allMatch(p -> !p.notesChanged() && p.nextSteps().isEmpty());
        return new VersionComparison(new Side(from.id(), from.name()), new Side(to.id(), to.name()), unchanged, roles,
                poolingAdded, poolingRemoved, plans);
    }

    private static RoleRow row(WorksheetVersion version, BackboneRole role) {
        return version.roles().stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    private static Plan plan(WorksheetVersion version, PlanKind kind) {
        return version.plans().stream().filter(p -> p.kind() == kind).findFirst()
                .orElse(new Plan(kind, null, List.of(), 1));
    }

    private static List<String> names(RoleRow row) {
        return row.carriers().stream().map(c -> c.name()).toList();
    }

    /** What {@code after} has that {@code before} lacks, in {@code after}'s order. */
    private static List<String> added(List<String> before, List<String> after) {
        Set<String> known = new LinkedHashSet<>(before);
        return after.stream().filter(item -> !known.contains(item)).distinct().toList();
    }

    private static StepsDiff steps(List<NextStep> before, List<NextStep> after) {
        Map<String, NextStep> old = before.stream().collect(Collectors.toMap(NextStep::id, Function.identity()));
        Map<String, NextStep> now = after.stream().collect(Collectors.toMap(NextStep::id, Function.identity()));
        List<String> added = after.stream().filter(s -> !old.containsKey(s.id())).map(NextStep::title).toList();
        List<String> removed = before.stream().filter(s -> !now.containsKey(s.id())).map(NextStep::title).toList();
        List<ChangedStep> changed = new ArrayList<>();
        for (NextStep step : after) {
            NextStep previous = old.get(step.id());
            if (previous != null) {
                List<String> fields = changedFields(previous, step);
                if (!fields.isEmpty()) {
                    changed.add(new ChangedStep(step.id(), step.title(), fields));
                }
            }
        }
        return new StepsDiff(added, removed, changed);
    }

    private static List<String> changedFields(NextStep a, NextStep b) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) {
            fields.add("title");
        }
        if (!Objects.equals(a.description(), b.description())) {
            fields.add("description");
        }
        if (!Objects.equals(a.owner(), b.owner())) {
            fields.add("owner");
        }
        if (!Objects.equals(a.dueDate(), b.dueDate())) {
            fields.add("dueDate");
        }
        if (a.horizon() != b.horizon()) {
            fields.add("horizon");
        }
        if (a.status() != b.status()) {
            fields.add("status");
        }
        return fields;
    }
}
