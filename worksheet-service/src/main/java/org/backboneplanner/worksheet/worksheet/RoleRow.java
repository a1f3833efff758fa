package org.backboneplanner.worksheet.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.worksheet.nextstep.NextStep;

/**
 * One row of the worksheet: a role, who can play it, current strengths and weaknesses, and its next
 * steps. Its {@code version} moves with each change to the row itself, so two partners writing
 * different rows never stand in each other's way.
 */
public class RoleRow {

    private final BackboneRole role;
    private List<Carrier> carriers;
    private List<String> strengths;
    private List<String> weaknesses;
    private final List<NextStep> nextSteps;
    private long version;

    public RoleRow(BackboneRole role, List<Carrier> carriers, List<String> strengths, List<String> weaknesses,
                   List<NextStep> nextSteps, long version) {
        this.role = role;
        this.carriers = new ArrayList<>(carriers == null ? List.of() : carriers);
        this.strengths = new ArrayList<>(strengths == null ? List.of() : strengths);
        this.weaknesses = new ArrayList<>(weaknesses == null ? List.of() : weaknesses);
        this.nextSteps = new ArrayList<>(nextSteps == null ? List.of() : nextSteps);
        this.version = version;
    }

    static RoleRow empty(BackboneRole role) {
        return new RoleRow(role, List.of(), List.of(), List.of(), List.of(), 1);
    }

    /** All six rows, empty, in the worksheet's order. */
    public static List<RoleRow> emptyWorksheet() {
        List<RoleRow> rows = new ArrayList<>();
        for (BackboneRole role : BackboneRole.values()) {
            rows.add(empty(role));
        }
        return rows;
    }

    /** Sets the parts of the row that are given; returns the event, or empty when nothing changed. */
    public Optional<RoleUpdated> update(List<Carrier> newCarriers, List<String> newStrengths,
                                        List<String> newWeaknesses) {
        boolean changed = false;
        if (newCarriers != null && !newCarriers.equals(carriers)) {
            carriers = new ArrayList<>(newCarriers);
            changed = true;
        }
        if (newStrengths != null && !newStrengths.equals(strengths)) {
            strengths = new ArrayList<>(newStrengths);
            changed = true;
        }
        if (newWeaknesses != null && !newWeaknesses.equals(weaknesses)) {
            weaknesses = new ArrayList<>(newWeaknesses);
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        version++;
        return Optional.of(new RoleUpdated(role, List.copyOf(carriers), List.copyOf(strengths),
                List.copyOf(weaknesses)));
    }

    public void add(NextStep step) {
        nextSteps.add(step);
    }

    public Optional<NextStep> nextStep(String stepId) {
        return nextSteps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    public BackboneRole role() {
        return role;
    }

    public List<Carrier> carriers() {
        return List.copyOf(carriers);
    }

    public List<String> strengths() {
        return List.copyOf(strengths);
    }

    public List<String> weaknesses() {
        return List.copyOf(weaknesses);
    }

    public List<NextStep> nextSteps() {
        return List.copyOf(nextSteps);
    }

    public long version() {
        return version;
    }
}
