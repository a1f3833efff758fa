package org.backboneplanner.partner.directory;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What registers a partner in a directory. */
record NewPartner(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> sectors,
        @Size(max = 200) String territory) {
}
