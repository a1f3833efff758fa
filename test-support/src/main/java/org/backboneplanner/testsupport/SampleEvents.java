package org.backboneplanner.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;

/** Events as worksheet-service would publish them, for testing consumers on their own ("object mother"). */
public final class SampleEvents {

    public static final EventEnvelope.Actor ALICE = new EventEnvelope.Actor("alice", "Alice Tremblay");

    private SampleEvents() {
    }

    public static EventEnvelope envelope(String network, String initiative, long sequence, EventPayload payload) {
        return EventEnvelope.of(network, initiative, initiative, sequence, Instant.now(), ALICE, payload);
    }

    public static PartnerRegistered partnerRegistered(String partnerId, String name) {
        return new PartnerRegistered(partnerId, name, "MUNICIPALITY", List.of(), null, false);
    }

    public static InitiativeCreated initiativeCreated(String name) {
        return new InitiativeCreated(name, "", "alice", Maturity.EMERGING, 2026, 2028, List.of("fr"), Visibility.NETWORK);
    }

    /** Who may see an initiative: {@code memberThenRole} alternates member ids and their parts ("alice", "COORDINATOR", ...). */
    public static Audience audience(Visibility visibility, String... memberThenRole) {
        List<Audience.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < memberThenRole.length; i += 2) {
            parts.add(new Audience.Part(memberThenRole[i], InitiativeRole.valueOf(memberThenRole[i + 1])));
        }
        return new Audience(visibility, parts);
    }

    /** An initiative as worksheet-service announces it now: its creator {@code alice} coordinates it. */
    public static InitiativeCreated initiativeCreated(String name, Visibility visibility) {
        return new InitiativeCreated(name, "", "alice", Maturity.EMERGING, 2026, 2028, List.of("fr"), visibility,
                audience(visibility, "alice", "COORDINATOR"));
    }

    /** What worksheet-service announces when a coordinator invites {@code memberId} (their address: id@example.org). */
    public static MemberInvited memberInvited(String memberId, InitiativeRole role, String initiativeName) {
        return new MemberInvited(memberId + "@example.org", memberId, role, "fr", initiativeName, "Alice Tremblay");
    }

    /** The invitee came with that address; {@code audience} is everyone in now, them included. */
    public static MemberJoined memberJoined(String memberId, InitiativeRole role, Audience audience) {
        return new MemberJoined(memberId, memberId + "@example.org", memberId, role, audience);
    }

    /** A coordinator removed {@code memberId}; {@code audience} is who is left. */
    public static MemberRoleChanged memberRemoved(String memberId, InitiativeRole before, Audience audience) {
        return new MemberRoleChanged(memberId, memberId + "@example.org", before, null, audience);
    }

    public static RoleUpdated roleUpdated(BackboneRole role, Carrier... carriers) {
        return new RoleUpdated(role, List.of(carriers), List.of(), List.of(),
                new RoleUpdated.Row(List.of(), List.of(), List.of()));
    }

    public static NextStepDetails step(String id, BackboneRole role, String title, StepOwner owner, LocalDate due,
                                       NextStepStatus status) {
        return new NextStepDetails(id, role, null, title, null, owner, due, Horizon.SHORT, status,
                status == NextStepStatus.DONE ? LocalDate.now() : null);
    }

    public static NextStepScheduled scheduled(String initiativeName, NextStepDetails step) {
        return new NextStepScheduled(initiativeName, step);
    }

    public static NextStepUpdated updated(String initiativeName, NextStepDetails step, NextStepDetails before,
                                          String... changed) {
        return new NextStepUpdated(initiativeName, step, Set.of(changed), before);
    }
}
