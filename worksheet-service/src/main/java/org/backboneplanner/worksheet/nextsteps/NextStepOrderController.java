package org.backboneplanner.worksheet.nextsteps;

import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PlanView;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The order of the next steps under a role or a plan, as the members set it; the worksheet answers them so. */
@RestController
@Tag(name = "Next steps")
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class NextStepOrderController {

    private final NextStepService nextSteps;

    NextStepOrderController(NextStepService nextSteps) {
        this.nextSteps = nextSteps;
    }

    /** Every step of the role or plan, once each, in the new order. */
    record StepOrder(@Schema(description = "The ids of all the next steps here, in their new order")
                     @NotNull @Size(max = Limits.STEPS) List<@NotBlank @Size(max = Limits.ID) String> stepIds) {
    }

    @PutMapping("/roles/{roleKey}/next-steps/order")
    @Operation(operationId = "orderStepsUnderRole", summary = "Put a role's next steps in a new order (If-Match: the "
            + "row's ETag); 409 with the current order if the list does not name each step once")
    ResponseEntity<RoleView> orderUnderRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @PathVariable String roleKey,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody StepOrder order, Member member) {
        RoleView view = nextSteps.reorder(networkId, initiativeId, PathKeys.role(roleKey), order.stepIds(),
                Expected.from(ifMatch), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/plans/{plan}/next-steps/order")
    @Operation(operationId = "orderStepsUnderPlan", summary = "Put a plan's next steps in a new order (If-Match: the "
            + "plan's ETag); 409 with the current order if the list does not name each step once")
    ResponseEntity<PlanView> orderUnderPlan(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @PathVariable String plan,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody StepOrder order, Member member) {
        PlanView view = nextSteps.reorder(networkId, initiativeId, PathKeys.plan(plan), order.stepIds(),
                Expected.from(ifMatch), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
