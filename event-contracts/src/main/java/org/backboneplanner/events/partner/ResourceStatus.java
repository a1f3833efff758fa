package org.backboneplanner.events.partner;

/** Where a pooled resource stands: offered, promised, given, or taken back. */
public enum ResourceStatus {
    PROPOSED, COMMITTED, DELIVERED, WITHDRAWN;

    /** Committed or already delivered: what totals count as secured. */
    public boolean secured() {
        return this == COMMITTED || this == DELIVERED;
    }
}
