package org.backboneplanner.support.problem;

/** The member may see this resource but not do this to it (e.g. a guest editing). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super("forbidden", messageKey, arguments);
    }
}
