package org.backboneplanner.worksheet.worksheet;

import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
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

import jakarta.validation.Valid;

/** An initiative's worksheet, read whole and written one row at a time. */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet")
class WorksheetController {

    private final Initiatives initiatives;
    private final WorksheetService worksheets;
    private final PartnerDirectory partners;

    WorksheetController(Initiatives initiatives, WorksheetService worksheets, PartnerDirectory partners) {
        this.initiatives = initiatives;
        this.worksheets = worksheets;
        this.partners = partners;
    }

    @GetMapping
    ResponseEntity<WorksheetView> get(@PathVariable String networkId, @PathVariable String initiativeId,
                                      Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return ResponseEntity.ok().eTag(WorksheetView.etag(initiative))
                .body(WorksheetView.of(initiative, member).withPartnerNames(partners.byId(networkId,
                        initiative.roles().stream().flatMap(r -> r.carriers().stream())
                                .map(Carrier::partnerId).filter(java.util.Objects::nonNull).toList())));
    }

    @GetMapping("/roles/{roleKey}")
    ResponseEntity<RoleView> role(@PathVariable String networkId, @PathVariable String initiativeId,
                                  @PathVariable String roleKey, Member member) {
        RoleView role = RoleView.of(initiatives.read(networkId, initiativeId, member).role(RoleKeys.parse(roleKey)));
        return ResponseEntity.ok().eTag(role.etag()).body(role);
    }

    @PatchMapping("/roles/{roleKey}")
    ResponseEntity<RoleView> changeRole(@PathVariable String networkId, @PathVariable String initiativeId,
                                        @PathVariable String roleKey,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RoleChange change, Member member) {
        RoleView role = worksheets.changeRole(networkId, initiativeId, RoleKeys.parse(roleKey), ifMatch, change, member);
        return ResponseEntity.ok().eTag(role.etag()).body(role);
    }
}
