package org.backboneplanner.worksheet.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;

/**
 * One row of the worksheet: a role, who can play it, current strengths and weaknesses, its next steps,
 * and (step 2) how it is shared. Its {@code version} moves with each change to the row itself, so two
 * partners writing different rows never stand in each other's way.
 */
public class RoleRow extends StepHolder {

    private final BackboneRole role;
    private List<Carrier> carriers;
    private List<String> strengths;
    private List<String> weaknesses;
    private RoleSharing sharing;
    private long version;

    public RoleRow(BackboneRole role, List<Carrier> carriers, List<String> strengths, List<String> weaknesses,
                   List<NextStep> nextSteps, RoleSharing sharing, long version) {
        super(nextSteps);
        this.role = role;
        this.carriers = new ArrayList<>(carriers == null ? List.of() : carriers);
        this.strengths = new ArrayList<>(strengths == null ? List.of() : strengths);
        this.weaknesses = new ArrayList<>(weaknesses == null ? List.of() : weaknesses);
        this.sharing = sharing == null ? RoleSharing.none() : sharing;
        this.version = version;
    }

    static RoleRow empty(BackboneRole role) {
        return new RoleRow(role, List.of(), List.of(), List.of(), List.of(), RoleSharing.none(), 1);
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
        RoleUpdated.Row before = new RoleUpdated.Row(List.copyOf(carriers), List.copyOf(strengths),
                List.copyOf(weaknesses));
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
                List.copyOf(weaknesses), before));
    }

    /** Step 2: records whether and how the role is shared. */
    public Optional<RoleSharingUpdated> share(RoleSharing newSharing) {
        if (newSharing.equals(sharing)) {
            return Optional.empty();
        }
        RoleSharing before = sharing;
        sharing = newSharing;
        version++;
        return Optional.of(new RoleSharingUpdated(role, sharing.shared(), sharing.tasks(), before.tasks()));
    }

    /** A deep copy, for a version that must not move when the draft does. */
    public RoleRow copy() {
        return new RoleRow(role, carriers, strengths, weaknesses, copiedSteps(), sharing, version);
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

    public RoleSharing sharing() {
        return sharing;
    }

    @Override
    protected void reordered() {
        version++;
    }

    public long version() {
        return version;
    }
}
