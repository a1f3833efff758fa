package org.backboneplanner.support.problem;

/** The request clashes with what is stored; {@code existing} (may be null) shows what it clashes with. */
public class ConflictException extends RuntimeException {

    private final transient Object existing;

    public ConflictException(String detail, Object existing) {
        super(detail);
        this.existing = existing;
    }

    public Object existing() {
        return existing;
    }
}
