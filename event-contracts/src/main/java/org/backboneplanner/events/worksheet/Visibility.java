package org.backboneplanner.events.worksheet;

/** Who reads an initiative: the whole network, or only its members (and the network's administrators). */
public enum Visibility {
    NETWORK, MEMBERS
}
