package org.backboneplanner.worksheet.nextsteps;

import java.net.URI;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NewNextStep;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NextStepPatch;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The next steps under a role of a worksheet, or under a succession or sustainability plan. */
@RestController
@Tag(name = "Next steps", description = "Next steps planned under a role, or under a mature initiative's "
        + "succession or sustainability plan.")
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class NextStepController {

    private final NextStepService nextSteps;

    NextStepController(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    @PostMapping("/roles/{roleKey}/next-steps")
    @Operation(summary = "Plan a next step under a role: title, owner, due date, "
            + "horizon (a due date outside the horizon's years is kept and answered with a warning)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NextStepView> planUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                               @PathVariable String roleKey, @Valid @RequestBody NewNextStep request,
                                               Member member) {
        StepPlace place = StepPlace.of(PathKeys.role(roleKey));
        return created(networkId, initiativeId, place, nextSteps.plan(networkId, initiativeId, place, request, member));
    }

    @PatchMapping("/roles/{roleKey}/next-steps/{stepId}")
    @Operation(summary = "Change a next step under a role: its title, description, owner, due date, horizon or status")
    ResponseEntity<NextStepView> changeUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                                 @PathVariable String roleKey, @PathVariable String stepId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody NextStepPatch patch, Member member) {
        StepPlace place = StepPlace.of(PathKeys.role(roleKey));
        return changed(nextSteps.change(networkId, initiativeId, place, stepId, Expected.from(ifMatch), patch,
                member));
    }

    @PostMapping("/plans/{plan}/next-steps")
    @Operation(summary = "Plan a next step under a mature initiative's succession or sustainability plan")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NextStepView> planUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                               @PathVariable String plan, @Valid @RequestBody NewNextStep request,
                                               Member member) {
        StepPlace place = StepPlace.of(PathKeys.plan(plan));
        return created(networkId, initiativeId, place, nextSteps.plan(networkId, initiativeId, place, request, member));
    }

    @PatchMapping("/plans/{plan}/next-steps/{stepId}")
    @Operation(summary = "Change a next step under a succession or sustainability plan")
    ResponseEntity<NextStepView> changeUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                                 @PathVariable String plan, @PathVariable String stepId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody NextStepPatch patch, Member member) {
        StepPlace place = StepPlace.of(PathKeys.plan(plan));
        return changed(nextSteps.change(networkId, initiativeId, place, stepId, Expected.from(ifMatch), patch,
                member));
    }

    private static ResponseEntity<NextStepView> created(String networkId, String initiativeId, StepPlace place,
                                                        NextStepView view) {
        URI location = URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId + "/worksheet/"
                + PathKeys.of(place) + "/next-steps/" + view.id());
        return ResponseEntity.created(location).eTag(view.etag()).body(view);
    }

    private static ResponseEntity<NextStepView> changed(NextStepView view) {
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
