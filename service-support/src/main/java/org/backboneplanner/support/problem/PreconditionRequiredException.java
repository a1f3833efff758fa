package org.backboneplanner.support.problem;

/** A write that must say which version it is based on ({@code If-Match}) but did not. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String messageKey) {
        super("version-required", messageKey);
    }
}
