package org.backboneplanner.events.worksheet;

/** How far along an initiative is; a mature one also plans succession and sustainability. */
public enum Maturity {
    EMERGING, DEVELOPING, MATURE
}
