package org.backboneplanner.events;

/** Kafka topic names: one per producing service, each with a dead-letter topic beside it. */
public final class Topics {

    public static final String WORKSHEET = "backbone.worksheet.v1";
    public static final String PARTNER = "backbone.partner.v1";
    public static final String DEBRIEF = "backbone.debrief.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
