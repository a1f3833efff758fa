package org.backboneplanner.support.problem;

/** A write based on a stale version: answered 412 with the current state and its ETag. */
public class PreconditionFailedException extends ProblemException {

    private final transient Object current;
    private final String currentEtag;

    public PreconditionFailedException(String messageKey, Object current, String currentEtag) {
        super("stale-version", messageKey);
        this.current = current;
        this.currentEtag = currentEtag;
    }

    public Object current() {
        return current;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
