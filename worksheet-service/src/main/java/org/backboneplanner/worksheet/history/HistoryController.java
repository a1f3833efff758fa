package org.backboneplanner.worksheet.history;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The history of a worksheet, newest first: every change with who, when, and before → after; for the
 * whole worksheet, one role ({@code role}) or one next step ({@code stepId}).
 */
@RestController
@Tag(name = "History", description = "Every change of a worksheet: who, when, what, before and after.")
@Validated
class HistoryController {

    private final History history;

    HistoryController(History history) {
        this.history = history;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/history")
    @Operation(summary = "Every change of the worksheet, a role or a next step: who, when, before and after")
    Paged<HistoryEntry> history(@PathVariable String networkId, @PathVariable String initiativeId,
                            @Parameter(description = "Only the changes of this role",
                                    schema = @Schema(implementation = BackboneRole.class))
                            @RequestParam(required = false) String role,
                            @Parameter(description = "Only the changes of this next step")
                            @RequestParam(required = false) @Size(max = 64) String stepId,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Member member) {
        return history.of(networkId, initiativeId, role == null ? null : PathKeys.role(role), stepId, page, size, member);
    }
}
