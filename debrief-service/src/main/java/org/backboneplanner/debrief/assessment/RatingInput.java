package org.backboneplanner.debrief.assessment;

import org.backboneplanner.support.text.OneLine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member's rating of a role's current strength.
 *
 * @param score    1 (very weak) to 5 (very strong)
 * @param why      a word of why, one line
 * @param showName whether guests may see the member's name beside the rating (other members always do);
 *                 false unless given
 */
@Schema(name = "RatingInput")
record RatingInput(@NotNull @Min(1) @Max(5) Integer score,
                   @Size(max = 280) @OneLine String why,
                   Boolean showName) {

    boolean namesShown() {
        return Boolean.TRUE.equals(showName);
    }
}
