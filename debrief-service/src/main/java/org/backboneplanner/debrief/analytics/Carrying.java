package org.backboneplanner.debrief.analytics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.CarrierKind;

/**
 * The first debrief question, strengths and weaknesses: who carries each role, which roles hang on a
 * single carrier (if it leaves, the role goes with it) or on nobody, and whether the group sees more
 * strengths or more weaknesses in each.
 */
public record Carrying(List<RoleCarrying> roles, List<BackboneRole> singleCarrier, List<BackboneRole> uncovered,
                       List<BackboneRole> moreWeaknesses, List<BackboneRole> shared) {

    public static Carrying of(Worksheet worksheet) {
        List<RoleCarrying> roles = Arrays.stream(BackboneRole.values()).map(role -> RoleCarrying.of(role,
                worksheet.row(role))).toList();
        return new Carrying(roles, where(roles, r -> r.cover() == Cover.SINGLE_CARRIER),
                where(roles, r -> r.cover() == Cover.NOBODY || r.cover() == Cover.ONLY_TO_FIND),
                where(roles, r -> r.balance() == Balance.MORE_WEAKNESSES), where(roles, RoleCarrying::shared));
    }

    private static List<BackboneRole> where(List<RoleCarrying> roles, java.util.function.Predicate<RoleCarrying> test) {
        return roles.stream().filter(test).map(RoleCarrying::role).toList();
    }

    /** How a role is carried; a placeholder "to find" carries nothing yet. */
    public enum Cover {
        NOBODY, ONLY_TO_FIND, SINGLE_CARRIER, SEVERAL_CARRIERS
    }

    /** Whether the row names more strengths or more weaknesses; NOT_ASSESSED when it names neither. */
    public enum Balance {
        NOT_ASSESSED, MORE_STRENGTHS, EVEN, MORE_WEAKNESSES
    }

    /**
     * One role: carriers by kind and their names, how it is covered, strengths against weaknesses, and
     * step 2's sharing: the partners who take on its key tasks.
     */
    public record RoleCarrying(BackboneRole role, Map<CarrierKind, Integer> carriersByKind, List<String> carriers,
                               Cover cover, int strengths, int weaknesses, Balance balance, boolean shared,
                               int sharedTasks, List<String> sharedWith) {

        static RoleCarrying of(BackboneRole role, Worksheet.Row row) {
            Map<CarrierKind, Integer> byKind = new EnumMap<>(CarrierKind.class);
            for (CarrierKind kind : CarrierKind.values()) {
                byKind.put(kind, (int) row.carriers().stream().filter(c -> c.kind() == kind).count());
            }
            int carrying = byKind.get(CarrierKind.PARTNER) + byKind.get(CarrierKind.MEMBER);
            Cover cover = carrying > 1 ? Cover.SEVERAL_CARRIERS : carrying == 1 ? Cover.SINGLE_CARRIER
                    : byKind.get(CarrierKind.TO_FIND) > 0 ? Cover.ONLY_TO_FIND : Cover.NOBODY;
            int strengths = row.strengths().size();
            int weaknesses = row.weaknesses().size();
            Balance balance = strengths + weaknesses == 0 ? Balance.NOT_ASSESSED
                    : strengths > weaknesses ? Balance.MORE_STRENGTHS
                    : strengths < weaknesses ? Balance.MORE_WEAKNESSES : Balance.EVEN;
            Set<String> sharedWith = new LinkedHashSet<>();
            if (row.shared()) {
                row.tasks().forEach(task -> sharedWith.addAll(task.partnerNames()));
            }
            return new RoleCarrying(role, byKind, row.carriers().stream().map(Worksheet.Carrier::name).toList(), cover,
                    strengths, weaknesses, balance, row.shared(), row.shared() ? row.tasks().size() : 0,
                    List.copyOf(sharedWith));
        }
    }
}
