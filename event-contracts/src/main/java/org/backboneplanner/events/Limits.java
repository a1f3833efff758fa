package org.backboneplanner.events;

import java.time.LocalDate;

/**
 * The largest input the system takes. The services validate requests against these numbers, and a test
 * of this module builds the largest event each type can then carry (every text at its longest, in
 * three-byte characters, every list full) to prove that events stay far below Kafka's 1 MB record limit.
 * Control characters are refused in every text, so no character takes more than three bytes on the wire.
 */
public final class Limits {

    /** An id in a path or a body: UUIDs, network aliases. */
    public static final int ID = 64;
    /** A name or title: one line. */
    public static final int NAME = 200;
    /** An email address (RFC 5321's path limit). */
    public static final int EMAIL = 320;
    /** A key task of a shared role. */
    public static final int TASK = 300;
    /** A strength, a weakness, a pooling intention. */
    public static final int ITEM = 500;
    /** A description, a comment, a debrief answer. */
    public static final int TEXT = 4000;
    /** A succession or sustainability plan's notes. */
    public static final int NOTES = 8000;

    /** Who can carry one role. */
    public static final int CARRIERS = 30;
    /** Strengths, or weaknesses, of one role. */
    public static final int ITEMS = 50;
    /** Key tasks of one shared role. */
    public static final int TASKS = 20;
    /** Partners taking on one key task. */
    public static final int TASK_PARTNERS = 10;
    /** Pooling intentions of a worksheet. */
    public static final int INTENTIONS = 50;
    /** Next steps under one role or one plan, done ones included. */
    public static final int STEPS = 50;
    /** Members and pending invitations of one initiative. */
    public static final int MEMBERS = 300;
    /** Adopted versions of one worksheet. */
    public static final int VERSIONS = 100;
    /** Members mentioned in one comment. */
    public static final int MENTIONS = 20;
    /** Contacts, or sectors, of one partner. */
    public static final int CONTACTS = 20;
    /** Invitations one initiative may send in a day. */
    public static final int INVITATIONS_PER_DAY = 20;

    /** An event is refused beyond this size (its JSON, in bytes): half of Kafka's default record limit. */
    public static final int EVENT_BYTES = 512 * 1024;

    /** The earliest and latest date anything may be planned for. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** How far before an initiative's first year, or after its last, a next step may be due. */
    public static final int YEARS_AROUND_HORIZON = 5;

    private Limits() {
    }

    /** Whether a date lies in the range anything may be planned for. */
    public static boolean plausible(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
