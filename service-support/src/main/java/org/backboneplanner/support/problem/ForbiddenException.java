package org.backboneplanner.support.problem;

/** The member may see this resource but not do this to it (e.g. a guest editing). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
