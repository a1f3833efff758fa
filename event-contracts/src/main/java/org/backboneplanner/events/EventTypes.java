package org.backboneplanner.events;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.NextStepsReordered;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;

/** Every event type on the wire, by its name. A new payload record is listed here or it cannot be read. */
public final class EventTypes {

    private static final Map<String, Class<? extends EventPayload>> BY_NAME = Stream.<Class<? extends EventPayload>>of(
                    InitiativeCreated.class,
                    InitiativeDetailsChanged.class,
                    MemberInvited.class,
                    MemberJoined.class,
                    MemberRoleChanged.class,
                    RoleUpdated.class,
                    RoleSharingUpdated.class,
                    PoolingIntentionsUpdated.class,
                    PlanUpdated.class,
                    NextStepScheduled.class,
                    NextStepUpdated.class,
                    NextStepRemoved.class,
                    NextStepRestored.class,
                    NextStepsReordered.class,
                    WorksheetVersionAdopted.class,
                    CommentAdded.class,
                    PartnerRegistered.class,
                    PartnerUpdated.class,
                    ResourcePooled.class,
                    ResourceStatusChanged.class,
                    ResourceUpdated.class,
                    DebriefAnswered.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    /** The payload class of a type name, or null for a type this version does not know. */
    public static Class<? extends EventPayload> byName(String type) {
        return BY_NAME.get(type);
    }

    public static Iterable<Class<? extends EventPayload>> all() {
        return BY_NAME.values();
    }
}
