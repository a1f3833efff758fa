package org.backboneplanner.worksheet.nextstep;

import java.net.URI;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.nextstep.NextStepRequests.NewNextStep;
import org.backboneplanner.worksheet.nextstep.NextStepRequests.NextStepPatch;
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

/** The next steps under one role of a worksheet. */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/roles/{roleKey}/next-steps")
class NextStepController {

    private final NextStepService nextSteps;

    NextStepController(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    @PostMapping
    ResponseEntity<NextStepView> plan(@PathVariable String networkId, @PathVariable String initiativeId,
                                      @PathVariable String roleKey, @Valid @RequestBody NewNextStep request,
                                      Member member) {
        NextStepView step = nextSteps.plan(networkId, initiativeId, RoleKeys.parse(roleKey), request, member);
        URI location = URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/worksheet/roles/" + step.role() + "/next-steps/" + step.id());
        return ResponseEntity.created(location).eTag(step.etag()).body(step);
    }

    @PatchMapping("/{stepId}")
    ResponseEntity<NextStepView> change(@PathVariable String networkId, @PathVariable String initiativeId,
                                        @PathVariable String roleKey, @PathVariable String stepId,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody NextStepPatch patch, Member member) {
        NextStepView step = nextSteps.change(networkId, initiativeId, RoleKeys.parse(roleKey), stepId, ifMatch,
                patch, member);
        return ResponseEntity.ok().eTag(step.etag()).body(step);
    }
}
