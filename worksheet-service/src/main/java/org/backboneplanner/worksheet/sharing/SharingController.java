package org.backboneplanner.worksheet.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.RoleRow;
import org.backboneplanner.worksheet.domain.RoleSharing;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.partners.KnownPartner;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.worksheet.RoleKeys;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PlanView;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PoolingView;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Step 2 of the seed: which roles or key tasks are shared with which partners, which resources the
 * table intends to pool, and (for a mature initiative) its succession and sustainability plans.
 */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class Step2Controller {

    private final Initiatives initiatives;
    private final PartnerDirectory partners;

    Step2Controller(Initiatives initiatives, PartnerDirectory partners) {
        this.initiatives = initiatives;
        this.partners = partners;
    }

    @PutMapping("/roles/{roleKey}/sharing")
    ResponseEntity<RoleView> share(@PathVariable String networkId, @PathVariable String initiativeId,
                                   @PathVariable String roleKey,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody SharingInput input, Member member) {
        BackboneRole role = RoleKeys.parse(roleKey);
        List<SharedTask> tasks = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < input.tasks().size(); i++) {
            TaskInput task = input.tasks().get(i);
            List<String> names = new ArrayList<>();
            for (int p = 0; p < task.partnerIds().size(); p++) {
                Optional<KnownPartner> partner = partners.find(networkId, task.partnerIds().get(p));
                if (partner.isEmpty()) {
                    problems.add(new FieldProblem("tasks[" + i + "].partnerIds[" + p + "]",
                            "no such partner in this network's directory"));
                } else {
                    names.add(partner.get().name());
                }
            }
            tasks.add(new SharedTask(task.task().strip(), List.copyOf(task.partnerIds()), names));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some partners are not in this network's directory.", problems);
        }
        RoleSharing sharing = new RoleSharing(input.shared(), tasks);
        RoleView view = initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            RoleRow row = initiative.role(role);
            Etags.require(ifMatch, RoleView.etag(row), RoleView.of(row));
            return Initiatives.Change.of(row.share(sharing).stream().toList(), RoleView.of(row));
        });
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/pooling")
    ResponseEntity<PoolingView> pool(@PathVariable String networkId, @PathVariable String initiativeId,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody PoolingInput input, Member member) {
        List<Intention> intentions = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < input.intentions().size(); i++) {
            IntentionInput intention = input.intentions().get(i);
            String partnerName = null;
            if (intention.partnerId() != null) {
                Optional<KnownPartner> partner = partners.find(networkId, intention.partnerId());
                if (partner.isEmpty()) {
                    problems.add(new FieldProblem("intentions[" + i + "].partnerId",
                            "no such partner in this network's directory"));
                    continue;
                }
                partnerName = partner.get().name();
            }
            intentions.add(new Intention(intention.description().strip(), intention.partnerId(), partnerName,
                    intention.roles() == null ? List.of() : List.copyOf(intention.roles())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some partners are not in this network's directory.", problems);
        }
        PoolingView view = initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            Etags.require(ifMatch, PoolingView.etag(initiative.pooling()), PoolingView.of(initiative.pooling()));
            return Initiatives.Change.of(initiative.pooling().write(intentions).stream().toList(),
                    PoolingView.of(initiative.pooling()));
        });
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/plans/{plan}")
    ResponseEntity<PlanView> writePlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                       @PathVariable String plan,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody PlanInput input, Member member) {
        PlanKind kind = StepPlace.plan(plan);
        PlanView view = initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            Plan current = initiative.planOfMatureInitiative(kind);
            Etags.require(ifMatch, PlanView.etag(current), PlanView.of(current));
            return Initiatives.Change.of(current.write(input.notes()).stream().toList(), PlanView.of(current));
        });
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }


    /** Whether the role is shared, and its key tasks with the partners who take them on. */
    record SharingInput(boolean shared, @NotNull @Size(max = Limits.TASKS) List<@Valid @NotNull TaskInput> tasks) {
    }

    record TaskInput(@NotBlank @OneLine @Size(max = Limits.TASK) String task,
                     @NotNull @Size(max = Limits.TASK_PARTNERS) List<@NotBlank @Size(max = Limits.ID) String> partnerIds) {
    }

    record PoolingInput(@NotNull @Size(max = Limits.INTENTIONS) List<@Valid @NotNull IntentionInput> intentions) {
    }

    /** What to pool (money, staff time, a space...), with which partner if known, for which roles. */
    record IntentionInput(@NotBlank @Size(max = Limits.ITEM) String description, @Size(max = Limits.ID) String partnerId,
                          @Size(max = 6) List<@NotNull BackboneRole> roles) {
    }

    record PlanInput(@Size(max = Limits.NOTES) String notes) {
    }
}
