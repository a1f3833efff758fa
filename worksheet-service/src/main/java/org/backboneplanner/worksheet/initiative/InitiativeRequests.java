package org.backboneplanner.worksheet.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a member sends to open an initiative. */
record NewInitiative(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description) {
}
