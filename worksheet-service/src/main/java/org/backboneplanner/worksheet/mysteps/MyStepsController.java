package org.backboneplanner.worksheet.mysteps;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The caller's own open next steps across all their initiatives: a home page's "my steps". */
@RestController
@Tag(name = "My steps", description = "The open next steps you own, across every initiative of your networks.")
@Validated
class MyStepsController {

    private final MySteps mySteps;

    MyStepsController(MySteps mySteps) {
        this.mySteps = mySteps;
    }

    @GetMapping("/api/me/next-steps")
    @Operation(operationId = "listMySteps", summary = "The open next steps you own in every initiative of your networks "
            + "that you may read: overdue first, then the soonest due")
    Paged<MyStep> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size, Member member) {
        return mySteps.of(member, page, size);
    }
}
