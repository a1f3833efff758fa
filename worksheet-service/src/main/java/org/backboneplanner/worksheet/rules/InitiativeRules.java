package org.backboneplanner.worksheet.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeDetails;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.StatusMoves;
import org.backboneplanner.worksheet.domain.InitiativeSteps;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the caller may do with one initiative, and the values and bounds the server holds to, so a UI asks
 * instead of keeping copies of the server's rules: allowed actions, the moves a step's status may make, the
 * horizon and the due dates it accepts, the enums with their labels and order, and the input bounds.
 */
@Schema(description = "What the caller may do with this initiative, and the rules and values the server holds to")
record InitiativeRules(
        @Schema(description = "The caller's part in the initiative; null for a network administrator or a reader "
                + "who is not a member") InitiativeRole myRole,
        Actions actions,
        @Schema(description = "Each status with the statuses a step in it may move to (the same for every step; "
                + "only those with `actions.changeSteps` may move them)")
        Map<NextStepStatus, Set<NextStepStatus>> statusMoves,
        HorizonRules horizon,
        @Schema(description = "How long, in seconds, a removed step can be restored") long restoreWindowSeconds,
        Enums enums,
        Bounds limits) {

    static InitiativeRules of(Initiative initiative, Member member, long restoreWindowSeconds) {
        boolean edit = InitiativeAccess.EDIT.allows(initiative, member);
        boolean manage = InitiativeAccess.MANAGE.allows(initiative, member);
        boolean comment = InitiativeAccess.COMMENT.allows(initiative, member);
        boolean mature = initiative.maturity() == Maturity.MATURE;
        InitiativeDetails details = initiative.details();
        return new InitiativeRules(initiative.membershipOf(member).map(InitiativeMember::role).orElse(null),
                new Actions(true, comment, edit, edit, edit && mature, true, manage, manage, manage),
                StatusMoves.all(),
                new HorizonRules(details.startYear(), details.endYear(), details.earliestDueDate(),
                        details.latestDueDate(), InitiativeDetails.LONGEST_HORIZON),
                restoreWindowSeconds, Enums.ALL, Bounds.ALL);
    }

    /** What the caller may do here now. */
    record Actions(
            @Schema(description = "Read the worksheet, its history and versions") boolean read,
            @Schema(description = "Comment on rows and steps (guests too)") boolean comment,
            @Schema(description = "Change rows (carriers, strengths, weaknesses), step 2's sharing and pooling")
            boolean editRows,
            @Schema(description = "Plan, change, remove, restore and order next steps under the roles")
            boolean changeSteps,
            @Schema(description = "Write the succession and sustainability plans and their steps (a mature "
                    + "initiative, by those who edit)") boolean editPlans,
            @Schema(description = "Export the worksheet (PDF, CSV): whoever reads it") boolean export,
            @Schema(description = "Invite members, change their part, remove them") boolean manageMembers,
            @Schema(description = "Describe the initiative anew: name, maturity, horizon, languages, visibility")
            boolean describeInitiative,
            @Schema(description = "Adopt the draft as a named version") boolean adoptVersions) {
    }

    /** The planning horizon and the due dates a step may have. */
    record HorizonRules(
            int startYear, int endYear,
            @Schema(description = "The earliest due date accepted (the horizon less five years, never before 2000)")
            LocalDate earliestDueDate,
            @Schema(description = "The latest due date accepted (the horizon and five years more, never after 2100)")
            LocalDate latestDueDate,
            @Schema(description = "The most years a horizon may span") int longestSpanYears) {
    }

    /** A value of an enum with its labels, in the order the UI shows them. */
    record Labelled(String key, int order, String labelFr, String labelEn) {
    }

    /** A horizon of a next step, with the span of years it stands for. */
    record HorizonValue(Horizon key, @Schema(description = "Due at least this many years from today") int fromYears,
                        @Schema(description = "Due within this many years from today; null: beyond") Integer toYears) {
    }

    /** A status of a next step, and whether it counts as open (reminded, counted as still to do). */
    record StatusValue(NextStepStatus key, boolean open) {
    }

    /** Every enum the API takes or answers, with its values in order. */
    record Enums(List<Labelled> roles, List<Labelled> plans, List<HorizonValue> horizons, List<StatusValue> stepStatuses,
                 List<Maturity> maturities, List<CarrierKind> carrierKinds, List<InitiativeRole> memberRoles,
                 List<Visibility> visibilities, List<String> languages) {

        static final Enums ALL = new Enums(
                Arrays.stream(BackboneRole.values()).map(r -> new Labelled(r.name(), r.ordinal() + 1, r.labelFr(),
                        r.labelEn())).toList(),
                Arrays.stream(PlanKind.values()).map(p -> new Labelled(p.name(), p.ordinal() + 1, p.label("fr"),
                        p.label("en"))).toList(),
                List.of(new HorizonValue(Horizon.SHORT, 0, 1), new HorizonValue(Horizon.MEDIUM, 1, 3),
                        new HorizonValue(Horizon.LONG, 3, null)),
                Arrays.stream(NextStepStatus.values()).map(s -> new StatusValue(s, s.isOpen())).toList(),
                List.of(Maturity.values()), List.of(CarrierKind.values()), List.of(InitiativeRole.values()),
                List.of(Visibility.values()), List.of("fr", "en"));
    }

    /** The input bounds the API checks (400 beyond; 409 for the counts). */
    record Bounds(int titleLength, int descriptionLength, int itemLength, int itemsPerList, int carriersPerRole,
                  int stepsPerRoleOrPlan, int removedStepsKept, int planNotesLength, int membersAndInvitations) {

        static final Bounds ALL = new Bounds(Limits.NAME, Limits.TEXT, Limits.ITEM, Limits.ITEMS, Limits.CARRIERS,
                Limits.STEPS, InitiativeSteps.REMOVED_KEPT, Limits.NOTES, Limits.MEMBERS);
    }
}
