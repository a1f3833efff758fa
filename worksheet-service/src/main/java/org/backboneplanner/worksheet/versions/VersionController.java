package org.backboneplanner.worksheet.versions;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.Limits;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.worksheet.domain.AdoptedVersion;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.VersionComparison;
import org.backboneplanner.worksheet.domain.WorksheetVersions;
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
    private final WorksheetVersions versions;
    private final Clock clock;

    VersionController(Initiatives initiatives, WorksheetVersions versions, Clock clock) {
        this.initiatives = initiatives;
        this.versions = versions;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<VersionSummary> adopt(@PathVariable String networkId, @PathVariable String initiativeId,
                                         @Valid @RequestBody Adoption adoption, Member member) {
        String versionId = UUID.randomUUID().toString();
        VersionSummary adopted = initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE,
                initiative -> {
                    var made = initiative.adopt(versionId, adoption.name().strip(), member, clock.instant());
                    // stored before the initiative lists it; a retried write stores the same id again
                    versions.store(made.version());
                    return Initiatives.Change.of(List.of(made.event()), VersionSummary.of(made.version().summary()));
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
        return WorksheetView.of(initiative, versions.of(initiative, versionId));
    }

    @GetMapping("/compare")
    VersionComparison compare(@PathVariable String networkId, @PathVariable String initiativeId,
                              @RequestParam String from, @RequestParam(defaultValue = DRAFT) String to,
                              Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return VersionComparison.of(versions.of(initiative, from), versions.of(initiative, to));
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
