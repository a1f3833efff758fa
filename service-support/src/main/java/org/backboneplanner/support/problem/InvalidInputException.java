package org.backboneplanner.support.problem;

import java.util.List;

/** Input that is well-formed but breaks a rule, e.g. a partner id of another network. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(String field, String message) {
        this(message, List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
