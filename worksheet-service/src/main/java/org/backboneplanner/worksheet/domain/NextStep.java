package org.backboneplanner.worksheet.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;

/** An action under a role, with who answers for it and by when. Its deadline drives reminders. */
public class NextStep {

    private final String id;
    private String title;
    private String description;
    private StepOwner owner;
    private LocalDate dueDate;
    private Horizon horizon;
    private NextStepStatus status;
    private LocalDate doneDate;
    private long version;

    public NextStep(String id, String title, String description, StepOwner owner, LocalDate dueDate,
                    Horizon horizon, NextStepStatus status, LocalDate doneDate, long version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
        this.horizon = horizon;
        this.status = status;
        this.doneDate = doneDate;
        this.version = version;
    }

    public static NextStep plan(String id, String title, String description, StepOwner owner, LocalDate dueDate,
                         Horizon horizon, LocalDate today) {
        return new NextStep(id, title, description, owner, dueDate,
                horizon != null ? horizon : Horizons.of(today, dueDate), NextStepStatus.TODO, null, 1);
    }

    /**
     * Applies the fields of a change that are set, and says which ones really changed. Marking a step
     * done records the day; reopening it clears that day. A status move {@link StatusMoves} does not allow is 409.
     */
    public Set<String> change(NextStepChange change, LocalDate today) {
        if (change.status() != null) {
            StatusMoves.require(status, change.status());
        }
        Set<String> changed = new LinkedHashSet<>();
        if (change.title() != null && !change.title().equals(title)) {
            title = change.title();
            changed.add("title");
        }
        if (change.description() != null && !change.description().equals(description)) {
            description = change.description();
            changed.add("description");
        }
        if (change.owner() != null && !change.owner().equals(owner)) {
            owner = change.owner();
            changed.add("owner");
        }
        if (change.dueDate() != null && !change.dueDate().equals(dueDate)) {
            dueDate = change.dueDate();
            changed.add("dueDate");
        }
        if (change.horizon() != null && change.horizon() != horizon) {
            horizon = change.horizon();
            changed.add("horizon");
        }
        if (change.status() != null && change.status() != status) {
            status = change.status();
            changed.add("status");
            LocalDate newDoneDate = status == NextStepStatus.DONE ? today : null;
            if (!Objects.equals(newDoneDate, doneDate)) {
                doneDate = newDoneDate;
                changed.add("doneDate");
            }
        }
        if (!changed.isEmpty()) {
            version++;
        }
        return changed;
    }

    /** Removed or restored: a client holding the tag from before must read it again. */
    void touch() {
        version++;
    }

    /** As events carry it: under a role, or under a plan. */
    public NextStepDetails details(BackboneRole role, PlanKind plan) {
        return new NextStepDetails(id, role, plan, title, description, owner, dueDate, horizon, status, doneDate);
    }

    public NextStep copy() {
        return new NextStep(id, title, description, owner, dueDate, horizon, status, doneDate, version);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public StepOwner owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Horizon horizon() {
        return horizon;
    }

    public NextStepStatus status() {
        return status;
    }

    public LocalDate doneDate() {
        return doneDate;
    }

    public long version() {
        return version;
    }
}
