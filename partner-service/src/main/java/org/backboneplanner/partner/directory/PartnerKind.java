package org.backboneplanner.partner.directory;

/** What kind of organization a partner is. */
public enum PartnerKind {
    COMMUNITY_ORGANIZATION, MUNICIPALITY, SCHOOL_BOARD, HEALTH_INSTITUTION, FUNDER, BUSINESS, CITIZEN_GROUP, OTHER
}
