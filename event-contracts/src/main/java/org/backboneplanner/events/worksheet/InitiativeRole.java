package org.backboneplanner.events.worksheet;

/**
 * A member's part in an initiative: coordinators manage members and adopt versions, partners edit the
 * worksheet, guests (influential community members invited for their ideas) read and comment.
 */
public enum InitiativeRole {
    COORDINATOR, PARTNER, GUEST;

    public boolean edits() {
        return this != GUEST;
    }
}
