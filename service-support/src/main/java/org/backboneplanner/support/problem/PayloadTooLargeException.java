package org.backboneplanner.support.problem;

/** A request body over the configured limit, or a change too large to share. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super("too-large", "too-large.body", limit);
    }

    public PayloadTooLargeException(String messageKey, Object... arguments) {
        super("too-large", messageKey, arguments);
    }
}
