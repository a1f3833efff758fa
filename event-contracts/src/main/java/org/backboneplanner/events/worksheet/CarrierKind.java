package org.backboneplanner.events.worksheet;

/** Who can carry a role: a partner of the directory, a member, or a named placeholder still "to find". */
public enum CarrierKind {
    PARTNER, MEMBER, TO_FIND
}
