package org.backboneplanner.worksheet.sharing;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.sharing.SharingRequests.PlanInput;
import org.backboneplanner.worksheet.sharing.SharingRequests.PoolingInput;
import org.backboneplanner.worksheet.sharing.SharingRequests.SharingInput;
import org.backboneplanner.worksheet.worksheet.PathKeys;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Step 2 of the seed: which roles or key tasks are shared with which partners, which resources the
 * table intends to pool, and (for a mature initiative) its succession and sustainability plans.
 */
@RestController
@Tag(name = "Sharing", description = "Step 2 of the worksheet: roles shared among partners and their key tasks, "
        + "pooling intentions, and a mature initiative's plans.")
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class SharingController {

    private final SharingService sharing;

    SharingController(SharingService sharing) {
        this.sharing = sharing;
    }

    @PutMapping("/roles/{roleKey}/sharing")
    @Operation(summary = "Say whether a role is shared, and which partners take on its key tasks")
    ResponseEntity<RoleView> share(@PathVariable String networkId, @PathVariable String initiativeId,
                                   @PathVariable String roleKey,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody SharingInput input, Member member) {
        RoleView view = sharing.share(networkId, initiativeId, PathKeys.role(roleKey), Expected.from(ifMatch), input,
                member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/pooling")
    @Operation(summary = "Write the pooling intentions: what to pool, with which partner, for which roles")
    ResponseEntity<PoolingView> pool(@PathVariable String networkId, @PathVariable String initiativeId,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody PoolingInput input, Member member) {
        PoolingView view = PoolingView.of(sharing.pool(networkId, initiativeId, Expected.from(ifMatch),
                input.intentions(), member));
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/plans/{plan}")
    @Operation(summary = "Write a mature initiative's succession or sustainability plan")
    ResponseEntity<PlanView> writePlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                       @PathVariable String plan,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody PlanInput input, Member member) {
        PlanView view = sharing.writePlan(networkId, initiativeId, PathKeys.plan(plan), Expected.from(ifMatch),
                input.notes(), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
