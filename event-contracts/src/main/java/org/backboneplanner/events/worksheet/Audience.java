package org.backboneplanner.events.worksheet;

import java.util.List;

/**
 * Who may see an initiative, whole: its visibility and the part of every active member. Each event that
 * changes access carries it, so a consumer that missed one such event is right again at the next, and
 * never needs the history of changes to know who is in. The rule that reads it is worksheet-service's,
 * and travels here with its events, so every service applies the same one: a network's administrators
 * see and change everything of their network; an initiative for its members only is unknown to others;
 * coordinators and partners change it, guests read it.
 */
public record Audience(Visibility visibility, List<Part> members) {

    public Audience {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One member's part. */
    public record Part(String memberId, InitiativeRole role) {
    }

    /** The member's part, or null when they are not a member. */
    public InitiativeRole roleOf(String memberId) {
        return members.stream().filter(part -> part.memberId().equals(memberId)).map(Part::role).findFirst()
                .orElse(null);
    }

    public boolean readableBy(String memberId, boolean networkAdministrator) {
        return networkAdministrator || visibility != Visibility.MEMBERS || roleOf(memberId) != null;
    }

    public boolean editableBy(String memberId, boolean networkAdministrator) {
        InitiativeRole role = roleOf(memberId);
        return networkAdministrator || role != null && role.edits();
    }
}
