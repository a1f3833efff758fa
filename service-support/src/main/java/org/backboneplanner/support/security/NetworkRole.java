package org.backboneplanner.support.security;

/** A member's role in one network: administrators manage every initiative of their network. */
public enum NetworkRole {
    MEMBER, ADMIN
}
