package org.backboneplanner.events.worksheet;

/** How far a next step looks: short is under a year, medium one to three years, long beyond three. */
public enum Horizon {
    SHORT, MEDIUM, LONG
}
