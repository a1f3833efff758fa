package org.backboneplanner.worksheet.nextsteps;

import java.net.URI;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NewNextStep;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NextStepPatch;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.RoleKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** The next steps under a role of a worksheet, or under a succession or sustainability plan. */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class NextStepController {

    private final NextStepService nextSteps;

    NextStepController(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    @PostMapping("/roles/{roleKey}/next-steps")
    ResponseEntity<NextStepView> planUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                               @PathVariable String roleKey, @Valid @RequestBody NewNextStep request,
                                               Member member) {
        return created(networkId, initiativeId, nextSteps.plan(networkId, initiativeId,
                StepPlace.of(RoleKeys.parse(roleKey)), request, member));
    }

    @PatchMapping("/roles/{roleKey}/next-steps/{stepId}")
    ResponseEntity<NextStepView> changeUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                                 @PathVariable String roleKey, @PathVariable String stepId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody NextStepPatch patch, Member member) {
        return changed(nextSteps.change(networkId, initiativeId, StepPlace.of(RoleKeys.parse(roleKey)), stepId, ifMatch,
                patch, member));
    }

    @PostMapping("/plans/{plan}/next-steps")
    ResponseEntity<NextStepView> planUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                               @PathVariable String plan, @Valid @RequestBody NewNextStep request,
                                               Member member) {
        return created(networkId, initiativeId, nextSteps.plan(networkId, initiativeId, StepPlace.of(StepPlace.plan(plan)),
                request, member));
    }

    @PatchMapping("/plans/{plan}/next-steps/{stepId}")
    ResponseEntity<NextStepView> changeUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                                 @PathVariable String plan, @PathVariable String stepId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody NextStepPatch patch, Member member) {
        return changed(nextSteps.change(networkId, initiativeId, StepPlace.of(StepPlace.plan(plan)), stepId, ifMatch, patch,
                member));
    }


    private static ResponseEntity<NextStepView> created(String networkId, String initiativeId, NextStepView step) {
        StepPlace place = new StepPlace(step.role(), step.plan());
        URI location = URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId + "/worksheet/"
                + place.path() + "/next-steps/" + step.id());
        return ResponseEntity.created(location).eTag(step.etag()).body(step);
    }

    private static ResponseEntity<NextStepView> changed(NextStepView step) {
        return ResponseEntity.ok().eTag(step.etag()).body(step);
    }
}
