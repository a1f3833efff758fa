package org.backboneplanner.worksheet.members;

import java.net.URI;
import java.time.Instant;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who takes part in an initiative. Coordinators (and network administrators) invite by email, change
 * parts and remove; the invitee joins on their first visit with that address.
 */
@RestController
@Tag(name = "Members", description = "Who takes part in an initiative (coordinator, partner or guest), and "
        + "invitations by email.")
@Validated
@RequestMapping("/api/networks/{networkId}/initiatives/{initiativeId}/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    @Operation(operationId = "listMembers", summary = "The initiative's members and pending invitations")
    Paged<MemberView> list(@PathVariable String networkId, @PathVariable String initiativeId,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(Limits.MEMBERS) int size, Member member) {
        Paged<InitiativeMember> found = members.list(networkId, initiativeId, page, size, member);
        return new Paged<>(found.items().stream().map(MemberView::of).toList(), page, size, found.total());
    }

    @PostMapping
    @Operation(summary = "Invite someone by email; they join on their first visit with that address")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "429", description = "The initiative sent as many invitations as it may in a day "
            + "(20); `Retry-After` says when it may send more.")
    ResponseEntity<MemberView> invite(@PathVariable String networkId, @PathVariable String initiativeId,
                                      @Valid @RequestBody Invitation invitation, Member member) {
        MemberView invited = MemberView.of(members.invite(networkId, initiativeId, invitation.email(),
                invitation.name().strip(), invitation.role(), invitation.language() != null ? invitation.language() : "fr",
                member));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiativeId
                + "/members/" + invited.id())).body(invited);
    }

    @PatchMapping("/{membershipId}")
    @Operation(summary = "Change a member's part: coordinator, partner or guest")
    MemberView assign(@PathVariable String networkId, @PathVariable String initiativeId,
                      @PathVariable String membershipId, @Valid @RequestBody PartChange change, Member member) {
        return MemberView.of(members.assign(networkId, initiativeId, membershipId, change.role(), member));
    }

    @DeleteMapping("/{membershipId}")
    @Operation(summary = "Remove a member or withdraw an invitation; the last coordinator stays")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String networkId, @PathVariable String initiativeId,
                                @PathVariable String membershipId, Member member) {
        members.assign(networkId, initiativeId, membershipId, null, member);
        return ResponseEntity.noContent().build();
    }

    /** An invitation by email; the language is the invitation mail's. */
    record Invitation(@NotBlank @Email @Size(max = Limits.EMAIL) String email,
                      @NotBlank @OneLine @Size(max = Limits.NAME) String name,
                      @NotNull InitiativeRole role,
                      @Pattern(regexp = "fr|en", message = "one-of") String language) {
    }

    /** A member's new part in the initiative. */
    record PartChange(@NotNull InitiativeRole role) {
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
