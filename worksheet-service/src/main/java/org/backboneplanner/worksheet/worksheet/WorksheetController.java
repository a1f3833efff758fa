package org.backboneplanner.worksheet.worksheet;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** An initiative's worksheet, read whole and written one row at a time. */
@RestController
@Tag(name = "Worksheet", description = "An initiative's worksheet: the six roles, who carries each, strengths "
        + "and weaknesses.")
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class WorksheetController {

    private final Initiatives initiatives;
    private final WorksheetService worksheets;
    private final StepCalendars calendars;

    WorksheetController(Initiatives initiatives, WorksheetService worksheets, StepCalendars calendars) {
        this.initiatives = initiatives;
        this.worksheets = worksheets;
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(operationId = "getWorksheet",
            summary = "The worksheet: the six roles in the seed's order, step 2 and the plans")
    ResponseEntity<WorksheetView> get(@PathVariable String networkId, @PathVariable String initiativeId,
                                      Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return ResponseEntity.ok().eTag(WorksheetView.etag(initiative))
                .body(WorksheetView.of(initiative, member, calendars.of(initiative)).withPartnerNames(worksheets.partnersOf(initiative)));
    }

    @GetMapping("/roles/{roleKey}")
    @Operation(operationId = "getRole",
            summary = "One role's row: who carries it, strengths, weaknesses, next steps, sharing")
    ResponseEntity<RoleView> role(@PathVariable String networkId, @PathVariable String initiativeId,
                                  @PathVariable String roleKey, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        RoleView role = RoleView.of(initiative.role(PathKeys.role(roleKey)), calendars.of(initiative));
        return ResponseEntity.ok().eTag(role.etag()).body(role);
    }

    @PatchMapping("/roles/{roleKey}")
    @Operation(summary = "Change who carries a role, its strengths or its weaknesses")
    ResponseEntity<RoleView> changeRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                        @PathVariable String roleKey,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RoleChange change, Member member) {
        RoleView role = worksheets.changeRole(networkId, initiativeId, PathKeys.role(roleKey), Expected.from(ifMatch),
                change, member);
        return ResponseEntity.ok().eTag(role.etag()).body(role);
    }
}
