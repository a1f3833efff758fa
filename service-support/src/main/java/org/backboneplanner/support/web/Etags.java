package org.backboneplanner.support.web;

import org.backboneplanner.support.problem.PreconditionFailedException;
import org.backboneplanner.support.problem.PreconditionRequiredException;

/** Entity tags: strong, quoted, compared as the client sent them back (a weak prefix is ignored). */
public final class Etags {

    private Etags() {
    }

    public static String of(String value) {
        return "\"" + value + "\"";
    }

    /**
     * Checks a write's {@code If-Match} against the current tag.
     *
     * @param current what to show the client when it is stale (answered with 412)
     */
    public static void require(String ifMatch, String currentTag, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send the ETag you read in If-Match, so nobody's change is silently overwritten.");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*")) {
                // "any version" would overwrite whatever someone else stored meanwhile
                throw new PreconditionRequiredException("Send the ETag you read in If-Match; '*' would overwrite "
                        + "changes you have not seen.");
            }
            if (tag.equals(currentTag)) {
                return;
            }
        }
        throw new PreconditionFailedException("Someone changed this since you read it; here is the current state.",
                current, currentTag);
    }
}
