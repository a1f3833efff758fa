package org.backboneplanner.support.problem;

import java.util.List;

/** Input that is well-formed but breaks a rule, e.g. a partner id of another network: each field's problem. */
public class InvalidInputException extends ProblemException {

    private final transient List<FieldProblem> errors;

    public InvalidInputException(FieldProblem... errors) {
        this(List.of(errors));
    }

    public InvalidInputException(List<FieldProblem> errors) {
        super("invalid-input", "invalid-input.fields", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
