package org.backboneplanner.worksheet.members;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who takes part in an initiative. Coordinators (and network administrators) invite by email, change
 * parts and remove; the invitee joins on their first visit with that address.
 */
@RestController
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/members")
class MemberController {

    private final Initiatives initiatives;
    private final Clock clock;

    MemberController(Initiatives initiatives, Clock clock) {
        this.initiatives = initiatives;
        this.clock = clock;
    }

    @GetMapping
    List<MemberView> list(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return initiatives.read(networkId, initiativeId, member).members().stream().map(MemberView::of).toList();
    }

    @PostMapping
    ResponseEntity<MemberView> invite(@PathVariable String networkId, @PathVariable String initiativeId,
                                      @Valid @RequestBody Invitation invitation, Member member) {
        MemberView invited = initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            var event = initiative.invite(invitation.email(), invitation.name().strip(), invitation.role(),
                    invitation.language() != null ? invitation.language() : "fr", member, clock.instant());
            InitiativeMember added = initiative.members().stream().filter(m -> event.email().equals(m.email()))
                    .findFirst().orElseThrow();
            return Initiatives.Change.of(List.of(event), MemberView.of(added));
        });
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/members/" + invited.id())).body(invited);
    }

    @PatchMapping("/{membershipId}")
    MemberView assign(@PathVariable String networkId, @PathVariable String initiativeId,
                      @PathVariable String membershipId, @Valid @RequestBody RoleChange change, Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            var event = initiative.assign(membershipId, change.role());
            InitiativeMember now = initiative.members().stream().filter(m -> m.id().equals(membershipId))
                    .findFirst().orElseThrow(() -> new NotFoundException("No member " + membershipId + "."));
            return Initiatives.Change.of(event.stream().toList(), MemberView.of(now));
        });
    }

    @DeleteMapping("/{membershipId}")
    ResponseEntity<Void> remove(@PathVariable String networkId, @PathVariable String initiativeId,
                                @PathVariable String membershipId, Member member) {
        initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE,
                initiative -> Initiatives.Change.of(initiative.assign(membershipId, null).stream().toList(), null));
        return ResponseEntity.noContent().build();
    }

    /** An invitation by email; the language is the invitation mail's. */
    record Invitation(@NotBlank @Email @Size(max = Limits.EMAIL) String email,
                      @NotBlank @OneLine @Size(max = Limits.NAME) String name,
                      @NotNull InitiativeRole role,
                      @Pattern(regexp = "fr|en", message = "must be fr or en") String language) {
    }

    record RoleChange(@NotNull InitiativeRole role) {
    }

    /** A member or a pending invitation. */
    record MemberView(String id, String memberId, String email, String name, InitiativeRole role,
                      InitiativeMember.Status status, Instant invitedAt, Instant joinedAt) {

        static MemberView of(InitiativeMember m) {
            return new MemberView(m.id(), m.memberId(), m.email(), m.name(), m.role(), m.status(), m.invitedAt(),
                    m.joinedAt());
        }
    }
}
