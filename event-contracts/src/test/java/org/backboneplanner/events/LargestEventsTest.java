package org.backboneplanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepsReordered;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events stay small by construction: with every text at its longest in three-byte characters (the most
 * a character can take once control characters are refused) and every list full, the largest event of
 * each type that carries text or lists is still under {@link Limits#EVENT_BYTES}, half of Kafka's 1 MB.
 */
class LargestEventsTest {

    @ParameterizedTest
    @MethodSource("largest")
    void theLargestEventOfEachTypeStaysUnderTheLimit(EventPayload payload) {
        String json = EventJson.write(EventEnvelope.of("network-" + text(40), "i" + text(40), "a" + text(40), 1,
                Instant.parse("2027-01-01T00:00:00Z"), new EventEnvelope.Actor(id(), text(Limits.NAME)), payload));
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("largest %s: %,d bytes%n", payload.type(), bytes);
        assertThat(bytes).isLessThan(Limits.EVENT_BYTES);
    }

    static List<EventPayload> largest() {
        Audience audience = new Audience(Visibility.MEMBERS,
                list(Limits.MEMBERS, i -> new Audience.Part(id(), InitiativeRole.COORDINATOR)));
        List<Carrier> carriers = list(Limits.CARRIERS, i -> new Carrier(CarrierKind.PARTNER, id(), id(), text(Limits.NAME)));
        List<String> items = list(Limits.ITEMS, i -> text(Limits.ITEM));
        List<RoleSharingUpdated.SharedTask> tasks = list(Limits.TASKS, i -> new RoleSharingUpdated.SharedTask(
                text(Limits.TASK), list(Limits.TASK_PARTNERS, p -> id()), list(Limits.TASK_PARTNERS, p -> text(Limits.NAME))));
        List<PoolingIntentionsUpdated.Intention> intentions = list(Limits.INTENTIONS, i ->
                new PoolingIntentionsUpdated.Intention(text(Limits.ITEM), id(), text(Limits.NAME),
                        Arrays.asList(BackboneRole.values())));
        NextStepDetails step = new NextStepDetails(id(), BackboneRole.POLICY, PlanKind.SUCCESSION, text(Limits.NAME),
                text(Limits.TEXT), new StepOwner(id(), id(), text(Limits.NAME), email(), "fr"), Limits.LATEST,
                Horizon.LONG, NextStepStatus.DONE, Limits.LATEST);
        List<PartnerContact> contacts = list(Limits.CONTACTS, i -> new PartnerContact(text(Limits.NAME), email(), "en"));
        List<String> sectors = list(Limits.CONTACTS, i -> text(100));
        PooledResourceDetails resource = new PooledResourceDetails(id(), id(), id(), text(Limits.NAME), ResourceKind.OTHER,
                text(1000), new BigDecimal("999999999999.99"), text(40), Limits.EARLIEST, Limits.LATEST,
                Arrays.asList(BackboneRole.values()), ResourceStatus.COMMITTED);
        return List.of(
                new InitiativeDetailsChanged(text(Limits.NAME), text(Limits.TEXT), Maturity.MATURE, 2000, 2100,
                        List.of("fr", "en"), Visibility.MEMBERS, audience, text(Limits.NAME)),
                new MemberRoleChanged(id(), email(), InitiativeRole.GUEST, InitiativeRole.PARTNER, audience),
                new RoleUpdated(BackboneRole.POLICY, carriers, items, items, new RoleUpdated.Row(carriers, items, items)),
                new RoleSharingUpdated(BackboneRole.POLICY, true, tasks, tasks),
                new PoolingIntentionsUpdated(intentions, intentions),
                new PlanUpdated(PlanKind.SUCCESSION, text(Limits.NOTES), text(Limits.NOTES)),
                new NextStepUpdated(text(Limits.NAME), step, Set.of("title", "description", "owner", "dueDate"), step),
                new NextStepRemoved(text(Limits.NAME), step),
                new NextStepRestored(text(Limits.NAME), step),
                new NextStepsReordered(BackboneRole.POLICY, PlanKind.SUCCESSION, list(Limits.STEPS, i -> id()),
                        list(Limits.STEPS, i -> id())),
                new CommentAdded(id(), BackboneRole.POLICY, id(), text(Limits.NAME), text(Limits.TEXT),
                        list(Limits.MENTIONS, i -> new CommentAdded.Mention(id(), text(Limits.NAME), email())),
                        text(Limits.NAME)),
                new PartnerRegistered(id(), text(Limits.NAME), "OTHER", sectors, text(Limits.NAME), true, contacts),
                new PartnerUpdated(id(), text(Limits.NAME), "OTHER", sectors, text(Limits.NAME), true, true,
                        Set.of("name", "contacts", "sectors"), contacts),
                new ResourceUpdated(resource, Set.of("description", "amount", "roles")),
                new ResourceStatusChanged(resource, ResourceStatus.PROPOSED),
                new DebriefAnswered(id(), text(Limits.TEXT), text(Limits.NAME)));
    }

    /** A text of {@code length} characters of three bytes each. */
    private static String text(int length) {
        return "€".repeat(length);
    }

    private static String id() {
        return "x".repeat(Limits.ID);
    }

    private static String email() {
        return "a".repeat(Limits.EMAIL - 12) + "@example.org";
    }

    private static <T> List<T> list(int size, IntFunction<T> item) {
        return new ArrayList<>(IntStream.range(0, size).mapToObj(item).toList());
    }

}
