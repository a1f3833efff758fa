package org.backboneplanner.support.web;

/** Entity tags: strong, quoted, compared as the client sent them back (see {@link Expected}). */
public final class Etags {

    private Etags() {
    }

    public static String of(String value) {
        return "\"" + value + "\"";
    }

    /** Checks a write's {@code If-Match} against the current tag; {@code current} is shown when it is stale. */
    public static void require(String ifMatch, String currentTag, Object current) {
        Expected.from(ifMatch).require(currentTag, () -> current);
    }
}
