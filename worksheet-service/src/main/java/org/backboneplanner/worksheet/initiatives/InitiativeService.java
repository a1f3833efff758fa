package org.backboneplanner.worksheet.initiatives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.initiatives.InitiativeRequests.InitiativeFields;
import org.springframework.stereotype.Service;

/** Opening initiatives and describing them anew (coordinators and network administrators). */
@Service
class InitiativeService {

    private final Initiatives initiatives;
    private final Clock clock;
    private final WorksheetProperties properties;

    InitiativeService(Initiatives initiatives, Clock clock, WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.clock = clock;
        this.properties = properties;
    }

    Initiative open(String networkId, InitiativeFields request, Member member) {
        int thisYear = LocalDate.now(clock.withZone(properties.zone())).getYear();
        Initiative initiative = Initiative.open(UUID.randomUUID().toString(), networkId, request.details(thisYear),
                member, clock.instant());
        initiatives.open(initiative, member);
        return initiative;
    }

    Initiative describe(String networkId, String initiativeId, Expected expected, InitiativeFields request,
                        Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            expected.require(InitiativeView.etag(initiative), () -> InitiativeView.of(initiative, member));
            return Change.of(initiative.describe(request.applyTo(initiative.details())), initiative);
        });
    }
}
