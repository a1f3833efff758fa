package org.backboneplanner.events.partner;

/** What a partner puts in common. */
public enum ResourceKind {
    FUNDING, STAFF_TIME, SPACE, EXPERTISE, DATA, EQUIPMENT, COMMUNICATIONS, OTHER
}
