package org.backboneplanner.worksheet.worksheet;

import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.Pooling;
import org.backboneplanner.worksheet.domain.RoleRow;
import org.backboneplanner.worksheet.domain.RoleSharing;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.domain.WorksheetVersion;
import org.backboneplanner.worksheet.partners.KnownPartner;

/**
 * The worksheet as the API shows it: the six rows in the seed's order, step 2 (sharing per row,
 * pooling intentions, and for a mature initiative its succession and sustainability plans). Every
 * part that can be written has its own ETag.
 */
public record WorksheetView(String initiativeId, String networkId, String initiativeName, Maturity maturity,
                            int startYear, int endYear, String basedOnVersionId, boolean canEdit,
                            List<RoleView> roles, PoolingView pooling, List<PlanView> plans) {

    public static WorksheetView of(Initiative initiative, Member member, StepCalendar calendar) {
        return new WorksheetView(initiative.id(), initiative.networkId(), initiative.name(), initiative.maturity(),
                initiative.details().startYear(), initiative.details().endYear(), initiative.basedOnVersionId(),
                member != null && InitiativeAccess.EDIT.allows(initiative, member),
                initiative.roles().stream().map(row -> RoleView.of(row, calendar)).toList(),
                PoolingView.of(initiative.pooling()),
                initiative.plans().stream().map(plan -> PlanView.of(plan, calendar)).toList());
    }

    /** An adopted version, shown like the worksheet (read-only). */
    public static WorksheetView of(Initiative initiative, WorksheetVersion version, StepCalendar calendar) {
        return new WorksheetView(initiative.id(), initiative.networkId(), initiative.name(), initiative.maturity(),
                initiative.details().startYear(), initiative.details().endYear(), version.id(), false,
                version.roles().stream().map(row -> RoleView.of(row, calendar)).toList(),
                PoolingView.of(version.pooling()),
                version.plans().stream().map(plan -> PlanView.of(plan, calendar)).toList());
    }

    public static String etag(Initiative initiative) {
        return Etags.of("w" + initiative.revision());
    }

    /** Partner carriers under the name the directory gives them today (a partner may be renamed). */
    public WorksheetView withPartnerNames(Map<String, KnownPartner> partners) {
        List<RoleView> renamed = roles.stream().map(role -> new RoleView(role.key(), role.labelFr(), role.labelEn(),
                role.carriers().stream().map(c -> c.partnerId() != null && partners.containsKey(c.partnerId())
                        ? new Carrier(c.kind(), c.partnerId(), c.memberId(), partners.get(c.partnerId()).name()) : c)
                        .toList(), role.strengths(), role.weaknesses(), role.nextSteps(), role.sharing(), role.etag()))
                .toList();
        return new WorksheetView(initiativeId, networkId, initiativeName, maturity, startYear, endYear,
                basedOnVersionId, canEdit, renamed, pooling, plans);
    }

    /**
     * One row, its next steps in the order the members set; send {@code etag} back in {@code If-Match} to change
     * it, its sharing or the order of its steps.
     */
    public record RoleView(BackboneRole key, String labelFr, String labelEn, List<Carrier> carriers,
                           List<String> strengths, List<String> weaknesses, List<NextStepView> nextSteps,
                           RoleSharing sharing, String etag) {

        public static RoleView of(RoleRow row, StepCalendar calendar) {
            return new RoleView(row.role(), row.role().labelFr(), row.role().labelEn(), row.carriers(),
                    row.strengths(), row.weaknesses(),
                    row.nextSteps().stream().map(step -> NextStepView.of(StepPlace.of(row.role()), step, calendar))
                            .toList(),
                    row.sharing(), etag(row));
        }

        public static String etag(RoleRow row) {
            return Etags.of(row.role() + "-" + row.version());
        }
    }

    /** Step 2's pooling intentions. */
    public record PoolingView(List<Intention> intentions, String etag) {

        public static PoolingView of(Pooling pooling) {
            return new PoolingView(pooling.intentions(), etag(pooling));
        }

        public static String etag(Pooling pooling) {
            return Etags.of("pooling-" + pooling.version());
        }
    }

    /** A succession or sustainability plan with its next steps. */
    public record PlanView(PlanKind kind, String labelFr, String labelEn, String notes, List<NextStepView> nextSteps,
                           String etag) {

        public static PlanView of(Plan plan, StepCalendar calendar) {
            return new PlanView(plan.kind(), plan.kind().label("fr"), plan.kind().label("en"), plan.notes(),
                    plan.nextSteps().stream().map(step -> NextStepView.of(StepPlace.of(plan.kind()), step, calendar))
                            .toList(),
                    etag(plan));
        }

        public static String etag(Plan plan) {
            return Etags.of(plan.kind() + "-" + plan.version());
        }
    }
}
