package org.backboneplanner.worksheet.sharing;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.Pooling;
import org.backboneplanner.worksheet.domain.RoleRow;
import org.backboneplanner.worksheet.domain.RoleSharing;
import org.backboneplanner.worksheet.partners.KnownPartner;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.sharing.SharingRequests.IntentionInput;
import org.backboneplanner.worksheet.sharing.SharingRequests.SharingInput;
import org.backboneplanner.worksheet.sharing.SharingRequests.TaskInput;
import org.backboneplanner.worksheet.worksheet.StepCalendars;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PlanView;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PoolingView;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.stereotype.Service;

/**
 * Step 2 of the seed: which roles or key tasks are shared with which partners of the directory, which
 * resources the table intends to pool, and a mature initiative's succession and sustainability plans.
 */
@Service
class SharingService {

    private final Initiatives initiatives;
    private final PartnerDirectory partners;
    private final StepCalendars calendars;

    SharingService(Initiatives initiatives, PartnerDirectory partners, StepCalendars calendars) {
        this.initiatives = initiatives;
        this.partners = partners;
        this.calendars = calendars;
    }

    RoleView share(String networkId, String initiativeId, BackboneRole role, Expected expected, SharingInput input,
                  Member member) {
        PartnerDirectory.Lookup lookup = partners.lookup(networkId);
        List<SharedTask> tasks = new ArrayList<>();
        for (int i = 0; i < input.tasks().size(); i++) {
            TaskInput task = input.tasks().get(i);
            List<String> names = new ArrayList<>();
            for (int p = 0; p < task.partnerIds().size(); p++) {
                lookup.partner(task.partnerIds().get(p), "tasks[" + i + "].partnerIds[" + p + "]")
                        .ifPresent(partner -> names.add(partner.name()));
            }
            tasks.add(new SharedTask(task.task().strip(), List.copyOf(task.partnerIds()), names));
        }
        lookup.verify();
        RoleSharing sharing = new RoleSharing(input.shared(), tasks);
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            RoleRow row = initiative.role(role);
            expected.require(RoleView.etag(row), () -> RoleView.of(row, calendars.of(initiative)));
            var event = row.share(sharing);
            return Change.of(event, RoleView.of(row, calendars.of(initiative)));
        });
    }

    Pooling pool(String networkId, String initiativeId, Expected expected, List<IntentionInput> input, Member member) {
        PartnerDirectory.Lookup lookup = partners.lookup(networkId);
        List<Intention> intentions = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            IntentionInput intention = input.get(i);
            String partnerName = intention.partnerId() == null ? null
                    : lookup.partner(intention.partnerId(), "intentions[" + i + "].partnerId").map(KnownPartner::name)
                            .orElse(null);
            intentions.add(new Intention(intention.description().strip(), intention.partnerId(), partnerName,
                    intention.roles() == null ? List.of() : List.copyOf(intention.roles())));
        }
        lookup.verify();
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            Pooling pooling = initiative.pooling();
            expected.require(PoolingView.etag(pooling), () -> PoolingView.of(pooling));
            return Change.of(pooling.write(intentions), pooling);
        });
    }

    PlanView writePlan(String networkId, String initiativeId, PlanKind kind, Expected expected, String notes,
                   Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            Plan plan = initiative.planOfMatureInitiative(kind);
            expected.require(PlanView.etag(plan), () -> PlanView.of(plan, calendars.of(initiative)));
            var event = plan.write(notes);
            return Change.of(event, PlanView.of(plan, calendars.of(initiative)));
        });
    }
}
