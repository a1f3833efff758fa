package org.backboneplanner.worksheet.versions;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.worksheet.domain.AdoptedVersion;
import org.backboneplanner.worksheet.domain.VersionComparison;
import org.backboneplanner.worksheet.worksheet.StepCalendars;
import org.backboneplanner.worksheet.worksheet.WorksheetView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Adopted versions of a worksheet: a coordinator adopts the draft as a named, read-only version; work
 * goes on in the draft; any two versions (or a version and {@code current}, the draft) compare.
 */
@RestController
@Tag(name = "Versions", description = "Named, read-only versions of a worksheet, and what changed between any two.")
@Validated
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/versions")
class VersionController {

    static final String DRAFT = "current";

    private final VersionService versions;
    private final StepCalendars calendars;

    VersionController(VersionService versions, StepCalendars calendars) {
        this.versions = versions;
        this.calendars = calendars;
    }

    @PostMapping
    @Operation(operationId = "adoptVersion", summary = "Adopt the worksheet as it stands as a named, read-only version")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VersionSummary> adopt(@PathVariable String networkId, @PathVariable String initiativeId,
                                         @Valid @RequestBody Adoption adoption, Member member) {
        VersionSummary adopted = VersionSummary.of(versions.adopt(networkId, initiativeId, adoption.name().strip(),
                member));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/worksheet/versions/" + adopted.id())).body(adopted);
    }

    @GetMapping
    @Operation(operationId = "listVersions", summary = "The adopted versions, oldest first")
    Paged<VersionSummary> list(@PathVariable String networkId, @PathVariable String initiativeId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(Limits.VERSIONS) int size, Member member) {
        List<AdoptedVersion> all = versions.list(networkId, initiativeId, member);
        int from = (int) Math.min((long) page * size, all.size());
        return new Paged<>(all.subList(from, Math.min(from + size, all.size())).stream().map(VersionSummary::of).toList(),
                page, size, all.size());
    }

    @GetMapping("/{versionId}")
    @Operation(operationId = "getVersion", summary = "One adopted version, shown like the worksheet (read-only)")
    WorksheetView get(@PathVariable String networkId, @PathVariable String initiativeId,
                      @PathVariable String versionId, Member member) {
        VersionService.Read read = versions.read(networkId, initiativeId, versionId, member);
        return WorksheetView.of(read.initiative(), read.version(), calendars.of(read.initiative()));
    }

    @GetMapping("/compare")
    @Operation(operationId = "compareVersions",
            summary = "What changed between two versions (current = the draft), role by role")
    VersionComparison compare(@PathVariable String networkId, @PathVariable String initiativeId,
                              @Parameter(description = "A version's `id`, or `current` for the draft")
                              @RequestParam String from,
                              @Parameter(description = "A version's `id`, or `current` for the draft")
                              @RequestParam(defaultValue = DRAFT) String to,
                              Member member) {
        return versions.compare(networkId, initiativeId, from, to, member);
    }

    record Adoption(@NotBlank @OneLine @Size(max = 120) String name) {
    }

    /** A version without its content. */
    record VersionSummary(String id, int number, String name, String adoptedBy, String adoptedByName,
                          Instant adoptedAt) {

        static VersionSummary of(AdoptedVersion version) {
            return new VersionSummary(version.id(), version.number(), version.name(), version.adoptedBy(),
                    version.adoptedByName(), version.adoptedAt());
        }
    }
}
