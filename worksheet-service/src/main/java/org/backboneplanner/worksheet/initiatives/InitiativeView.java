package org.backboneplanner.worksheet.initiatives;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeDetails;
import org.backboneplanner.worksheet.domain.InitiativeMember;

/** An initiative as the API shows it, with what the caller may do with it. */
record InitiativeView(String id, String networkId, String name, String description, Maturity maturity, int startYear,
                      int endYear, List<String> languages, Visibility visibility, String createdBy, Instant createdAt,
                      InitiativeRole myRole, boolean canEdit, boolean canManage, String basedOnVersionId,
                      String etag) {

    static InitiativeView of(Initiative initiative, Member member) {
        InitiativeDetails d = initiative.details();
        return new InitiativeView(initiative.id(), initiative.networkId(), d.name(), d.description(), d.maturity(),
                d.startYear(), d.endYear(), d.languages(), d.visibility(), initiative.createdBy(), initiative.createdAt(),
                initiative.membershipOf(member).map(InitiativeMember::role).orElse(null),
                InitiativeAccess.EDIT.allows(initiative, member), InitiativeAccess.MANAGE.allows(initiative, member),
                initiative.basedOnVersionId(), etag(initiative));
    }

    static String etag(Initiative initiative) {
        return Etags.of("d" + initiative.detailsVersion());
    }
}
