package org.backboneplanner.support.problem;

import java.lang.annotation.Annotation;
import java.util.Map;

import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * A broken Bean Validation rule as a {@link FieldProblem}: its code from the constraint, its arguments from
 * the constraint's attributes. A rule declared with {@code message = "not-blank"} (a code, not a sentence)
 * takes that code; {@code message = "one-of"} on a {@code @Pattern} lists the pattern's alternatives.
 */
final class ConstraintProblems {

    private ConstraintProblems() {
    }

    static FieldProblem of(String field, ConstraintDescriptor<?> descriptor, Object invalidValue) {
        Map<String, Object> attributes = descriptor.getAttributes();
        String template = descriptor.getMessageTemplate();
        if (template != null && template.matches("[a-z][a-z-]*")) {
            if ("one-of".equals(template) && attributes.get("regexp") instanceof String regexp) {
                return FieldProblem.of(field, template, String.join(", ", regexp.split("\\|")));
            }
            return FieldProblem.of(field, template);
        }
        Annotation annotation = descriptor.getAnnotation();
        switch (annotation.annotationType().getSimpleName()) {
            case "NotNull":
            case "NotEmpty":
                return FieldProblem.of(field, "required");
            case "NotBlank":
                return FieldProblem.of(field, "not-blank");
            case "Size":
                return size(field, attributes, invalidValue);
            case "Min":
            case "DecimalMin":
                return FieldProblem.said(field, "range", "field.range.min", attributes.get("value"));
            case "Max":
            case "DecimalMax":
                return FieldProblem.said(field, "range", "field.range.max", attributes.get("value"));
            case "Positive":
                return FieldProblem.said(field, "range", "field.range.positive");
            case "PositiveOrZero":
                return FieldProblem.said(field, "range", "field.range.min", 0);
            case "Digits":
                return FieldProblem.of(field, "digits", attributes.get("integer"), attributes.get("fraction"));
            case "Email":
                return FieldProblem.of(field, "email");
            case "OneLine":
                return FieldProblem.of(field, "one-line");
            default:
                return FieldProblem.of(field, "invalid-value");
        }
    }

    private static FieldProblem size(String field, Map<String, Object> attributes, Object invalidValue) {
        int min = (Integer) attributes.get("min");
        int max = (Integer) attributes.get("max");
        String unit = invalidValue instanceof CharSequence ? "text" : "items";
        String bound = max == Integer.MAX_VALUE ? "min" : min > 0 ? "between" : "max";
        return FieldProblem.said(field, "size", "field.size." + unit + "." + bound, min, max);
    }
}
