package org.backboneplanner.worksheet.worksheet;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Something about a next step worth telling the person planning it, though it was accepted. The UI words it
 * from {@code code}, which never changes; the other fields say what it needs to.
 */
public record StepWarning(
        @Schema(description = "A stable code: `outside-horizon` (due outside the initiative's horizon years)",
                allowableValues = {StepWarning.OUTSIDE_HORIZON}) String code,
        @Schema(description = "The horizon's first year") int startYear,
        @Schema(description = "The horizon's last year") int endYear) {

    public static final String OUTSIDE_HORIZON = "outside-horizon";
}
