package org.backboneplanner.support.problem;

import java.time.Duration;

/** A caller did something too often (e.g. invitations); answered 429 with when to try again. */
public class TooManyRequestsException extends ProblemException {

    private final transient Duration retryAfter;

    public TooManyRequestsException(String code, Duration retryAfter, String messageKey, Object... arguments) {
        super(code, messageKey, arguments);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
