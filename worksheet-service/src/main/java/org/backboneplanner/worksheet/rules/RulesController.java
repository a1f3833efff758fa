package org.backboneplanner.worksheet.rules;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rules of one initiative as they apply to the caller, for a UI that holds no copy of them. */
@RestController
@Tag(name = "Initiatives")
class RulesController {

    private final Initiatives initiatives;
    private final WorksheetProperties properties;

    RulesController(Initiatives initiatives, WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/rules")
    @Operation(operationId = "getInitiativeRules", summary = "What the caller may do here, the moves a step's status "
            + "may make, the horizon and due dates accepted, every enum with its labels and order, the input bounds")
    InitiativeRules rules(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return InitiativeRules.of(initiatives.read(networkId, initiativeId, member), member,
                properties.restoreWindow().toSeconds());
    }
}
