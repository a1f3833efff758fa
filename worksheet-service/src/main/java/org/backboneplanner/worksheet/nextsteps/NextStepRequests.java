package org.backboneplanner.worksheet.nextsteps;

import java.time.LocalDate;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.support.text.OneLine;

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
            @NotBlank @OneLine @Size(max = Limits.NAME) String title,
            @Size(max = Limits.TEXT) String description,
            @NotNull @Valid OwnerInput owner,
            @NotNull LocalDate dueDate,
            Horizon horizon) {
    }

    /** A change; fields left out stay as they are. */
    record NextStepPatch(
            @Size(min = 1, max = Limits.NAME) @OneLine @Pattern(regexp = "(?s).*\\S.*", message = "not-blank") String title,
            @Size(max = Limits.TEXT) String description,
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
            @Size(max = Limits.ID) String memberId,
            @Size(max = Limits.ID) String partnerId,
            @OneLine @Size(max = Limits.NAME) String name,
            @Email @Size(max = Limits.EMAIL) String email,
            @Pattern(regexp = "fr|en", message = "one-of") String language) {
    }
}
