package org.backboneplanner.support.problem;

/** A request body over the configured limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }

    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
