package org.backboneplanner.support.problem;

/** One field a client got wrong, as listed in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
