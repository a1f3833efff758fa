package org.backboneplanner.worksheet.nextstep;

import java.time.LocalDate;

import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the API takes to plan and change next steps. */
final class NextStepRequests {

    private NextStepRequests() {
    }

    /** A new next step; the horizon follows from the due date unless given. */
    record NewNextStep(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @NotNull @Valid OwnerInput owner,
            @NotNull LocalDate dueDate,
            Horizon horizon) {
    }

    /** A change; fields left out stay as they are. */
    record NextStepPatch(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
            @Size(max = 4000) String description,
            @Valid OwnerInput owner,
            LocalDate dueDate,
            Horizon horizon,
            NextStepStatus status) {
    }

    /**
     * Who answers for a step: a member ({@code memberId}; the caller's own name and email are taken from
     * their login) or a partner of the directory ({@code partnerId}) through a contact's email.
     */
    record OwnerInput(
            @Size(max = 100) String memberId,
            @Size(max = 100) String partnerId,
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Pattern(regexp = "fr|en", message = "must be fr or en") String language) {
    }
}
