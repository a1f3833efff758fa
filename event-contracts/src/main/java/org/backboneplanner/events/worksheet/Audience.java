package org.backboneplanner.events.worksheet;

import java.util.List;

/**
 * Who may see an initiative, whole: its visibility and the part of every active member. Each event that
 * changes access carries it, so a consumer that missed one such event is right again at the next, and
 * never needs the history of changes to know who is in.
 */
public record Audience(Visibility visibility, List<Part> members) {

    public Audience {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One member's part. */
    public record Part(String memberId, InitiativeRole role) {
    }
}
