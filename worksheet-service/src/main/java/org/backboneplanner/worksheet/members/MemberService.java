package org.backboneplanner.worksheet.members;

import java.time.Clock;
import java.util.List;

import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.stereotype.Service;

/** Who takes part in an initiative: coordinators (and network administrators) invite, change parts, remove. */
@Service
class MemberService {

    private final Initiatives initiatives;
    private final Clock clock;

    MemberService(Initiatives initiatives, Clock clock) {
        this.initiatives = initiatives;
        this.clock = clock;
    }

    Paged<InitiativeMember> list(String networkId, String initiativeId, int page, int size, Member member) {
        List<InitiativeMember> all = initiatives.read(networkId, initiativeId, member).members();
        int from = (int) Math.min((long) page * size, all.size());
        return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    InitiativeMember invite(String networkId, String initiativeId, String email, String name, InitiativeRole role,
                            String language, Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            var invitation = initiative.invite(email, name, role, language, member, clock.instant());
            return Change.of(List.of(invitation.event()), invitation.member());
        });
    }

    /** Changes a member's part, or removes them ({@code role} null); the answer is the membership as it was asked. */
    InitiativeMember assign(String networkId, String initiativeId, String membershipId, InitiativeRole role,
                            Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            var event = initiative.assign(membershipId, role);
            return Change.of(event, role == null ? null : initiative.member(membershipId));
        });
    }
}
