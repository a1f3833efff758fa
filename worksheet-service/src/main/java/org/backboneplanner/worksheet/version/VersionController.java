package org.backboneplanner.worksheet.version;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.initiative.Initiative;
import org.backboneplanner.worksheet.initiative.InitiativeAccess;
import org.backboneplanner.worksheet.initiative.Initiatives;
import org.backboneplanner.worksheet.worksheet.WorksheetView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Adopted versions of a worksheet: a coordinator adopts the draft as a named, read-only version; work
 * goes on in the draft; any two versions (or a version and {@code current}, the draft) compare.
 */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/versions")
class VersionController {

    static final String DRAFT = "current";

    private final Initiatives initiatives;
    private final Clock clock;

    VersionController(Initiatives initiatives, Clock clock) {
        this.initiatives = initiatives;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<VersionSummary> adopt(@PathVariable String networkId, @PathVariable String initiativeId,
                                         @Valid @RequestBody Adoption adoption, Member member) {
        VersionSummary adopted = initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE,
                initiative -> {
                    var event = initiative.adopt(adoption.name().strip(), member, clock.instant());
                    return Initiatives.Change.of(List.of(event),
                            VersionSummary.of(initiative.version(event.versionId()).orElseThrow()));
                });
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/worksheet/versions/" + adopted.id())).body(adopted);
    }

    @GetMapping
    List<VersionSummary> list(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return initiatives.read(networkId, initiativeId, member).versions().stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/{versionId}")
    WorksheetView get(@PathVariable String networkId, @PathVariable String initiativeId,
                      @PathVariable String versionId, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return WorksheetView.of(initiative, version(initiative, versionId));
    }

    @GetMapping("/compare")
    VersionComparison compare(@PathVariable String networkId, @PathVariable String initiativeId,
                              @RequestParam String from, @RequestParam(defaultValue = DRAFT) String to,
                              Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return VersionComparison.of(version(initiative, from), version(initiative, to));
    }

    private static WorksheetVersion version(Initiative initiative, String id) {
        if (DRAFT.equals(id)) {
            return initiative.draft();
        }
        return initiative.version(id).orElseThrow(() -> new NotFoundException("No version " + id + "."));
    }

    record Adoption(@NotBlank @Size(max = 120) String name) {
    }

    /** A version without its content. */
    record VersionSummary(String id, int number, String name, String adoptedBy, String adoptedByName,
                          Instant adoptedAt) {

        static VersionSummary of(WorksheetVersion version) {
            return new VersionSummary(version.id(), version.number(), version.name(), version.adoptedBy(),
                    version.adoptedByName(), version.adoptedAt());
        }
    }
}
