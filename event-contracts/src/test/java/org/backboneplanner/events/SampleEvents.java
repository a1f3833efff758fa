package org.backboneplanner.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.StepOwner;

/** One filled-in example of every event type (an "object mother" for contract tests). */
final class SampleEvents {

    private SampleEvents() {
    }

    static final NextStepDetails STEP = new NextStepDetails("s1", BackboneRole.RESOURCES, "Déposer la demande",
            new StepOwner("u1", null, "Alice", "alice@example.org", "fr"), LocalDate.of(2027, 3, 31), Horizon.SHORT,
            NextStepStatus.TODO, null);

    static List<EventPayload> all() {
        return List.of(
                new InitiativeCreated("Petite enfance", "Les 0-5 ans", "u1"),
                new RoleUpdated(BackboneRole.POLICY, List.of(new Carrier(CarrierKind.PARTNER, "p1", null, "Ville"),
                        new Carrier(CarrierKind.TO_FIND, null, null, "Analyste")), List.of("Élus engagés"), List.of()),
                new NextStepScheduled("Petite enfance", STEP),
                new NextStepUpdated("Petite enfance", STEP, Set.of("dueDate", "status")),
                new PartnerRegistered("p1", "Ville de Granby", "MUNICIPALITY"));
    }
}
