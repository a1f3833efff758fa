package org.backboneplanner.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepsReordered;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.StepOwner;

/** One filled-in example of every event type (an "object mother" for contract tests). */
final class SampleEvents {

    private SampleEvents() {
    }

    static final NextStepDetails STEP = new NextStepDetails("s1", BackboneRole.RESOURCES, null, "Déposer la demande",
            "Au fonds régional", new StepOwner("u1", null, "Alice", "alice@example.org", "fr"), LocalDate.of(2027, 3, 31),
            Horizon.SHORT, NextStepStatus.TODO, null);

    static final NextStepDetails PLAN_STEP = new NextStepDetails("s2", null, PlanKind.SUCCESSION, "Former la relève",
            null, new StepOwner(null, "p1", "Ville", "info@ville.example", "fr"), LocalDate.of(2028, 6, 1),
            Horizon.MEDIUM, NextStepStatus.DONE, LocalDate.of(2027, 1, 10));

    static final PooledResourceDetails RESOURCE = new PooledResourceDetails("r1", "i1", "p1", "Ville de Granby",
            ResourceKind.FUNDING, "Subvention de démarrage", new BigDecimal("15000.00"), "CAD", LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 31), List.of(BackboneRole.RESOURCES, BackboneRole.POLICY), ResourceStatus.COMMITTED);

    static final Audience AUDIENCE = new Audience(Visibility.MEMBERS, List.of(
            new Audience.Part("u1", InitiativeRole.COORDINATOR), new Audience.Part("u2", InitiativeRole.PARTNER)));

    static List<EventPayload> all() {
        return List.of(
                new InitiativeCreated("Petite enfance", "Les 0-5 ans", "u1", Maturity.EMERGING, 2026, 2028,
                        List.of("fr"), Visibility.NETWORK, AUDIENCE, "Réseau Montérégie"),
                new InitiativeDetailsChanged("Petite enfance", "Les 0-5 ans", Maturity.MATURE, 2026, 2029,
                        List.of("fr", "en"), Visibility.MEMBERS, AUDIENCE, "Réseau Montérégie"),
                new MemberInvited("bob@example.org", "Bob", InitiativeRole.GUEST, "en", "Petite enfance", "Alice"),
                new MemberJoined("u2", "bob@example.org", "Bob", InitiativeRole.GUEST, AUDIENCE),
                new MemberRoleChanged("u2", "bob@example.org", InitiativeRole.GUEST, InitiativeRole.PARTNER, AUDIENCE),
                new RoleUpdated(BackboneRole.POLICY, List.of(new Carrier(CarrierKind.PARTNER, "p1", null, "Ville"),
                        new Carrier(CarrierKind.TO_FIND, null, null, "Analyste")), List.of("Élus engagés"), List.of(),
                        new RoleUpdated.Row(List.of(), List.of(), List.of("Peu de liens"))),
                new RoleSharingUpdated(BackboneRole.RESOURCES, true, List.of(new RoleSharingUpdated.SharedTask(
                        "Rédiger les demandes", List.of("p1"), List.of("Ville"))), List.of()),
                new PoolingIntentionsUpdated(List.of(new PoolingIntentionsUpdated.Intention("Local de réunion", "p1",
                        "Ville", List.of(BackboneRole.COMMUNITY_ENGAGEMENT))), List.of()),
                new PlanUpdated(PlanKind.SUSTAINABILITY, "Diversifier le financement", null),
                new NextStepScheduled("Petite enfance", STEP),
                new NextStepUpdated("Petite enfance", PLAN_STEP, Set.of("dueDate", "status"), STEP),
                new NextStepRemoved("Petite enfance", STEP),
                new NextStepRestored("Petite enfance", STEP),
                new NextStepsReordered(BackboneRole.RESOURCES, null, List.of("s3", "s1"), List.of("s1", "s3")),
                new WorksheetVersionAdopted("v1", "Plan 2026–2029", 1),
                new CommentAdded("c1", BackboneRole.POLICY, null, "Alice", "Qu'en pense @Bob?",
                        List.of(new CommentAdded.Mention("u2", "Bob", "bob@example.org")), "Petite enfance"),
                new PartnerRegistered("p1", "Ville de Granby", "MUNICIPALITY", List.of("municipal"), "Granby", true,
                        List.of(new PartnerContact("Line Roy", "line.roy@granby.example", "fr"))),
                new PartnerUpdated("p1", "Ville de Granby", "MUNICIPALITY", List.of(), "Haute-Yamaska", false, true,
                        Set.of("archived", "territory"), List.of()),
                new ResourcePooled(RESOURCE),
                new ResourceStatusChanged(RESOURCE, ResourceStatus.PROPOSED),
                new ResourceUpdated(RESOURCE, Set.of("amount")),
                new DebriefAnswered("POOLED_RESOURCES", "Oui : la Ville prête un local.", "Alice"));
    }
}
