package org.backboneplanner.support.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.databind.DatabindException;

/** How the input Spring and Jackson refuse becomes field problems: which field, which code, what it echoes. */
final class InputProblems {

    private InputProblems() {
    }

    /** A value as an answer may echo it: a repeated parameter's values joined, short, no control character. */
    static String shown(Object value) {
        String text = value instanceof Object[] values ? String.join(",", Arrays.stream(values)
                .map(String::valueOf).toList()) : String.valueOf(value);
        text = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    static ConstraintViolation<?> unwrap(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static FieldProblem of(String field, ObjectError error, Object rejected) {
        try {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            return ConstraintProblems.of(field, violation.getConstraintDescriptor(), violation.getInvalidValue());
        } catch (IllegalArgumentException e) {
            // not a Bean Validation rule: a value the binder could not convert
            return FieldProblem.said(field, "invalid-value", "field.invalid-value.shown", shown(rejected));
        }
    }

    static FieldProblem invalidValue(String field, String value, Class<?> type) {
        if (type != null && type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return FieldProblem.said(field, "one-of", "field.invalid-value.one-of", value, String.join(", ", names));
        }
        return FieldProblem.said(field, "invalid-value", "field.invalid-value.shown", value);
    }

    /**
     * The field a violation names, as the request names it: a parameter's own name without the method's
     * before it ({@code format}, not {@code export.format}), an element's index without Bean Validation's
     * {@code <list element>}.
     */
    static String field(Path path) {
        String text = path.toString();
        Iterator<Path.Node> nodes = path.iterator();
        if (nodes.hasNext()) {
            Path.Node first = nodes.next();
            ElementKind kind = first.getKind();
            if ((kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) && text.startsWith(first.getName() + ".")) {
                text = text.substring(first.getName().length() + 1);
            }
        }
        return text.replaceAll("\\.<[^>]*>", "");
    }

    static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
