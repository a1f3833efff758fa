package org.backboneplanner.worksheet.versions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.worksheet.domain.AdoptedVersion;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.VersionComparison;
import org.backboneplanner.worksheet.domain.WorksheetVersion;
import org.backboneplanner.worksheet.domain.WorksheetVersions;
import org.springframework.stereotype.Service;

/** Adopting the draft as a named read-only version, reading versions, comparing any two. */
@Service
class VersionService {

    private final Initiatives initiatives;
    private final WorksheetVersions versions;
    private final Clock clock;

    VersionService(Initiatives initiatives, WorksheetVersions versions, Clock clock) {
        this.initiatives = initiatives;
        this.versions = versions;
        this.clock = clock;
    }

    AdoptedVersion adopt(String networkId, String initiativeId, String name, Member member) {
        String versionId = UUID.randomUUID().toString();
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            var adoption = initiative.adopt(versionId, name, member, clock.instant());
            // stored before the initiative lists it; a retried write stores the same id again
            versions.store(adoption.version());
            return Change.of(List.of(adoption.event()), adoption.version().summary());
        });
    }

    List<AdoptedVersion> list(String networkId, String initiativeId, Member member) {
        return initiatives.read(networkId, initiativeId, member).versions();
    }

    /** The initiative and one of its versions ({@code current}: the draft). */
    Read read(String networkId, String initiativeId, String versionId, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return new Read(initiative, versions.of(initiative, versionId));
    }

    VersionComparison compare(String networkId, String initiativeId, String from, String to, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        return VersionComparison.of(versions.of(initiative, from), versions.of(initiative, to));
    }

    record Read(Initiative initiative, WorksheetVersion version) {
    }
}
