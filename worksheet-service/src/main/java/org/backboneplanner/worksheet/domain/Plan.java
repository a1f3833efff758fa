package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PlanUpdated;

/** A mature initiative's succession ("relève") or sustainability ("pérennité") plan, with its own next steps. */
public class Plan extends StepHolder {

    private final PlanKind kind;
    private String notes;
    private long version;

    public Plan(PlanKind kind, String notes, List<NextStep> nextSteps, long version) {
        super(nextSteps);
        this.kind = kind;
        this.notes = notes;
        this.version = version;
    }

    public static List<Plan> empty() {
        List<Plan> plans = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            plans.add(new Plan(kind, null, List.of(), 1));
        }
        return plans;
    }

    public Optional<PlanUpdated> write(String newNotes) {
        if (Objects.equals(notes, newNotes)) {
            return Optional.empty();
        }
        String before = notes;
        notes = newNotes;
        version++;
        return Optional.of(new PlanUpdated(kind, notes, before));
    }

    public Plan copy() {
        return new Plan(kind, notes, copiedSteps(), version);
    }

    public PlanKind kind() {
        return kind;
    }

    public String notes() {
        return notes;
    }

    @Override
    protected void reordered() {
        version++;
    }

    public long version() {
        return version;
    }
}
