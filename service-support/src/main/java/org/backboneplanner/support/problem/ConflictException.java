package org.backboneplanner.support.problem;

/**
 * The request clashes with what is stored: a duplicate, a limit reached, a move a lifecycle does not
 * allow. {@code existing} (may be null) shows what it clashes with.
 */
public class ConflictException extends ProblemException {

    private final transient Object existing;

    public ConflictException(String code, String messageKey, Object... arguments) {
        this(null, code, messageKey, arguments);
    }

    private ConflictException(Object existing, String code, String messageKey, Object... arguments) {
        super(code, messageKey, arguments);
        this.existing = existing;
    }

    /** A conflict with something stored, shown in the answer's {@code existing}. */
    public static ConflictException with(Object existing, String code, String messageKey, Object... arguments) {
        return new ConflictException(existing, code, messageKey, arguments);
    }

    public Object existing() {
        return existing;
    }
}
