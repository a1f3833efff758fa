package org.backboneplanner.worksheet.worksheet;

import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.support.text.OneLine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to one row; a list that is left out stays as it is, an empty list clears it. */
record RoleChange(
        @Size(max = Limits.CARRIERS) List<@Valid @NotNull CarrierInput> carriers,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.ITEM) String> strengths,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.ITEM) String> weaknesses) {

    /**
     * Who can play the role: a partner of the directory ({@code partnerId}), a member ({@code memberId}
     * and their name), or someone still to find ({@code name} says who is sought).
     */
    record CarrierInput(
            @NotNull CarrierKind kind,
            @Size(max = Limits.ID) String partnerId,
            @Size(max = Limits.ID) String memberId,
            @OneLine @Size(max = Limits.NAME) String name) {
    }
}
