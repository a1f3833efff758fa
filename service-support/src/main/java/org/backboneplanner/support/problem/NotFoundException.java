package org.backboneplanner.support.problem;

/**
 * Nothing here by that id for this member. Also the answer for another network's data: a member
 * outside a network must not learn what exists in it.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String messageKey, Object... arguments) {
        super("not-found", messageKey, arguments);
    }
}
