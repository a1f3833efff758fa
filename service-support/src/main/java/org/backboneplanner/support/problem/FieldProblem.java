package org.backboneplanner.support.problem;

import java.util.Arrays;
import java.util.List;

/**
 * One field a client got wrong: the field's path in the request, a stable code ({@code size},
 * {@code not-blank}, {@code range}...) and the key and arguments of the sentence that says what to do,
 * written in the caller's language when answered (as {@link InvalidField}).
 */
public record FieldProblem(String field, String code, String messageKey, List<Object> arguments) {

    /** A problem whose sentence is the code's own ({@code field.<code>}). */
    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, "field." + code, Arrays.asList(arguments.clone()));
    }

    /** A problem with a sentence of its own, under {@code messageKey}. */
    public static FieldProblem said(String field, String code, String messageKey, Object... arguments) {
        return new FieldProblem(field, code, messageKey, Arrays.asList(arguments.clone()));
    }
}
