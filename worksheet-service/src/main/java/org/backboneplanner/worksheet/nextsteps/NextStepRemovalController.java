package org.backboneplanner.worksheet.nextsteps;

import java.util.List;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Removing a next step, and undoing that: a removed step waits apart for a while (configured restore window)
 * and comes back where it was, with its id, history and comments.
 */
@RestController
@Tag(name = "Next steps")
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class NextStepRemovalController {

    private final NextStepService nextSteps;

    NextStepRemovalController(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    @GetMapping("/removed-steps")
    @Operation(operationId = "restorableSteps", summary = "The next steps removed lately that can still be restored, "
            + "the latest first, each with its ETag and where to POST its restore")
    List<RemovedStepView> restorable(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return nextSteps.restorable(networkId, initiativeId, member);
    }

    @DeleteMapping("/roles/{roleKey}/next-steps/{stepId}")
    @Operation(operationId = "removeStepUnderRole", summary = "Remove a next step from a role; the answer says how "
            + "to restore it, and until when")
    ResponseEntity<RemovedStepView> removeUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                                    @PathVariable String roleKey, @PathVariable String stepId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch, Member member) {
        return removed(nextSteps.remove(networkId, initiativeId, StepPlace.of(PathKeys.role(roleKey)), stepId,
                Expected.from(ifMatch), member));
    }

    @PostMapping("/roles/{roleKey}/next-steps/{stepId}/restore")
    @Operation(operationId = "restoreStepUnderRole", summary = "Restore a removed next step of a role where it was, "
            + "within the restore window, with the ETag its removal answered")
    ResponseEntity<NextStepView> restoreUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                                  @PathVariable String roleKey, @PathVariable String stepId,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch, Member member) {
        return restored(nextSteps.restore(networkId, initiativeId, StepPlace.of(PathKeys.role(roleKey)), stepId,
                Expected.from(ifMatch), member));
    }

    @DeleteMapping("/plans/{plan}/next-steps/{stepId}")
    @Operation(operationId = "removeStepUnderPlan", summary = "Remove a next step from a succession or "
            + "sustainability plan; the answer says how to restore it, and until when")
    ResponseEntity<RemovedStepView> removeUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                                    @PathVariable String plan, @PathVariable String stepId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch, Member member) {
        return removed(nextSteps.remove(networkId, initiativeId, StepPlace.of(PathKeys.plan(plan)), stepId,
                Expected.from(ifMatch), member));
    }

    @PostMapping("/plans/{plan}/next-steps/{stepId}/restore")
    @Operation(operationId = "restoreStepUnderPlan", summary = "Restore a removed next step of a plan where it was, "
            + "within the restore window, with the ETag its removal answered")
    ResponseEntity<NextStepView> restoreUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                                  @PathVariable String plan, @PathVariable String stepId,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch, Member member) {
        return restored(nextSteps.restore(networkId, initiativeId, StepPlace.of(PathKeys.plan(plan)), stepId,
                Expected.from(ifMatch), member));
    }

    private static ResponseEntity<RemovedStepView> removed(RemovedStepView view) {
        return ResponseEntity.ok().eTag(view.step().etag()).body(view);
    }

    private static ResponseEntity<NextStepView> restored(NextStepView view) {
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
