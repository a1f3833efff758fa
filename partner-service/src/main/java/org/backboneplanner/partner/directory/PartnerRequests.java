package org.backboneplanner.partner.directory;

import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.text.OneLine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the API takes to describe a partner. */
final class PartnerRequests {

    private PartnerRequests() {
    }

    /** A new partner. */
    record PartnerInput(
            @NotBlank @OneLine @Size(max = Limits.NAME) String name,
            @NotNull PartnerKind kind,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "http-address") String website,
            @Size(max = Limits.CONTACTS) List<@NotBlank @OneLine @Size(max = 100) String> sectors,
            @OneLine @Size(max = Limits.NAME) String territory,
            @Size(max = Limits.CONTACTS) List<@Valid @NotNull ContactInput> contacts,
            @Size(max = Limits.TEXT) String notes,
            Boolean influential) {

        PartnerDescription description() {
            return new PartnerDescription(name.strip(), kind, blankToNull(website), strip(sectors),
                    blankToNull(territory), contacts == null ? List.of() : contacts.stream().map(ContactInput::contact).toList(),
                    blankToNull(notes), Boolean.TRUE.equals(influential));
        }
    }

    /** A change; fields left out stay as they are. */
    record PartnerChange(
            @Size(min = 1, max = Limits.NAME) @OneLine @Pattern(regexp = "(?s).*\\S.*", message = "not-blank") String name,
            PartnerKind kind,
            @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "http-address") String website,
            @Size(max = Limits.CONTACTS) List<@NotBlank @OneLine @Size(max = 100) String> sectors,
            @OneLine @Size(max = Limits.NAME) String territory,
            @Size(max = Limits.CONTACTS) List<@Valid @NotNull ContactInput> contacts,
            @Size(max = Limits.TEXT) String notes,
            Boolean influential) {

        PartnerDescription applyTo(PartnerDescription current) {
            return new PartnerDescription(name != null ? name.strip() : current.name(),
                    kind != null ? kind : current.kind(),
                    website != null ? blankToNull(website) : current.website(),
                    sectors != null ? strip(sectors) : current.sectors(),
                    territory != null ? blankToNull(territory) : current.territory(),
                    contacts != null ? contacts.stream().map(ContactInput::contact).toList() : current.contacts(),
                    notes != null ? blankToNull(notes) : current.notes(),
                    influential != null ? influential : current.influential());
        }
    }

    record ContactInput(
            @NotBlank @OneLine @Size(max = Limits.NAME) String name,
            @OneLine @Size(max = Limits.NAME) String role,
            @Email @Size(max = Limits.EMAIL) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+() .\\-x]*", message = "phone") String phone,
            @Pattern(regexp = "fr|en", message = "one-of") String language) {

        Contact contact() {
            return new Contact(name.strip(), blankToNull(role), blankToNull(email), blankToNull(phone),
                    language != null ? language : "fr");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
