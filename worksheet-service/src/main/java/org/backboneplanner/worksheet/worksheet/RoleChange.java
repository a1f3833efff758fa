package org.backboneplanner.worksheet.worksheet;

import java.util.List;

import org.backboneplanner.events.worksheet.CarrierKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to one row; a list that is left out stays as it is, an empty list clears it. */
record RoleChange(
        @Size(max = 30) List<@Valid @NotNull CarrierInput> carriers,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> strengths,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> weaknesses) {

    /**
     * Who can play the role: a partner of the directory ({@code partnerId}), a member ({@code memberId}
     * and their name), or someone still to find ({@code name} says who is sought).
     */
    record CarrierInput(
            @NotNull CarrierKind kind,
            @Size(max = 100) String partnerId,
            @Size(max = 100) String memberId,
            @Size(max = 200) String name) {
    }
}
