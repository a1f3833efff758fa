package org.backboneplanner.support.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.backboneplanner.support.problem.PreconditionFailedException;
import org.backboneplanner.support.problem.PreconditionRequiredException;

/**
 * The version a write was computed from: the entity tags the client read, sent back in {@code If-Match}.
 * It is checked where the write is applied, after who may write was: a write without it, or with
 * {@code *} (which would overwrite changes the writer has not seen), is refused (428); a write from a
 * stale version is refused with the current state (412).
 */
public final class Expected {

    private final String ifMatch;

    private Expected(String ifMatch) {
        this.ifMatch = ifMatch;
    }

    /** What a request's {@code If-Match} header says, checked later by {@link #require}. */
    public static Expected from(String ifMatch) {
        return new Expected(ifMatch);
    }

    /**
     * Passes when the client read the current version ({@code currentTag}); otherwise answers 412 with
     * what {@code current} shows of it (a weak prefix on the client's tags is ignored).
     */
    public void require(String currentTag, Supplier<?> current) {
        boolean read = false;
        for (String strong : requireGiven()) {
            read |= strong.equals(currentTag);
        }
        if (!read) {
            throw new PreconditionFailedException("stale-version.changed", current.get(), currentTag);
        }
    }

    /**
     * 428 unless the request names a version (none, or {@code *}, names none): checked before anything is
     * looked up, so a write whose target may be gone still says first what it lacks. @return the strong tags
     */
    public List<String> requireGiven() {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("version-required.missing");
        }
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).toList();
        if (tags.contains("*")) {
            throw new PreconditionRequiredException("version-required.star");
        }
        return tags;
    }
}
