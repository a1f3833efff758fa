package org.backboneplanner.worksheet.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.problem.TooManyRequestsException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.text.EmailAddress;

/**
 * The rules about an initiative's members, over its list of members and invitations: who is an active
 * member, who is invited, how many invitations a day, and that one coordinator always stays.
 */
final class Members {

    private final List<InitiativeMember> list;

    Members(List<InitiativeMember> list) {
        this.list = list;
    }

    static InitiativeMember founder(Member creator, Instant now) {
        return new InitiativeMember(UUID.randomUUID().toString(), creator.id(), EmailAddress.normalize(creator.email()),
                creator.displayName(), InitiativeRole.COORDINATOR, InitiativeMember.Status.ACTIVE,
                creator.locale() != null && creator.locale().startsWith("en") ? "en" : "fr", creator.id(), now, now);
    }

    Optional<InitiativeMember> active(String memberId) {
        return list.stream().filter(m -> m.isActive() && m.memberId().equals(memberId)).findFirst();
    }

    /** An active member named in a request; 400 naming {@code field} otherwise. */
    InitiativeMember requireActive(String memberId, String field) {
        return active(memberId).orElseThrow(() -> new InvalidInputException(FieldProblem.of(field, "not-member")));
    }

    Optional<InitiativeMember> invitationFor(Member member) {
        String email = EmailAddress.normalize(member.email());
        if (email == null || active(member.id()).isPresent()) {
            return Optional.empty();
        }
        return list.stream().filter(m -> !m.isActive() && email.equals(m.email())).findFirst();
    }

    InitiativeMember join(Member member, Instant now) {
        InitiativeMember invitation = invitationFor(member)
                .orElseThrow(() -> new IllegalStateException("no invitation for " + member.id()));
        InitiativeMember joined = invitation.joined(member.id(), member.displayName(), now);
        list.set(list.indexOf(invitation), joined);
        return joined;
    }

    InitiativeMember invite(String email, String name, InitiativeRole role, String language, Member by, Instant now) {
        String address = EmailAddress.normalize(email);
        if (list.stream().anyMatch(m -> address.equals(m.email()))) {
            throw new ConflictException("duplicate", "conflict.already-member");
        }
        if (list.size() >= Limits.MEMBERS) {
            throw new ConflictException("limit-reached", "conflict.members-limit", Limits.MEMBERS);
        }
        // invitations are mailed: a day's quota keeps an initiative from being used to mail many strangers
        List<Instant> lastDay = list.stream().filter(m -> !Objects.equals(m.memberId(), m.invitedBy()))
                .map(InitiativeMember::invitedAt)
                .filter(at -> at != null && at.isAfter(now.minus(Duration.ofDays(1)))).sorted().toList();
        if (lastDay.size() >= Limits.INVITATIONS_PER_DAY) {
            throw new TooManyRequestsException("invitation-quota",
                    Duration.between(now, lastDay.get(0).plus(Duration.ofDays(1))), "too-many.invitations",
                    Limits.INVITATIONS_PER_DAY);
        }
        InitiativeMember invitation = new InitiativeMember(UUID.randomUUID().toString(), null, address, name, role,
                InitiativeMember.Status.INVITED, language, by.id(), now, null);
        list.add(invitation);
        return invitation;
    }

    /** Changes a member's part, or removes them ({@code role} null); the last coordinator stays. */
    InitiativeMember assign(String membershipId, InitiativeRole role) {
        InitiativeMember current = list.stream().filter(m -> m.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.member", membershipId));
        boolean lastCoordinator = current.role() == InitiativeRole.COORDINATOR && current.isActive() && role != current.role()
                && list.stream().filter(m -> m.isActive() && m.role() == InitiativeRole.COORDINATOR).count() == 1;
        if (lastCoordinator) {
            throw new ConflictException("last-coordinator", "conflict.last-coordinator");
        }
        if (role == null) {
            list.remove(current);
        } else {
            list.set(list.indexOf(current), current.withRole(role));
        }
        return current;
    }

    Audience audience(Visibility visibility) {
        return new Audience(visibility, list.stream().filter(InitiativeMember::isActive)
                .map(m -> new Audience.Part(m.memberId(), m.role())).toList());
    }
}
