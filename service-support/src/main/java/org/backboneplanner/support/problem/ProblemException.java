package org.backboneplanner.support.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A problem the domain or a service raises: a stable {@code code} clients can rely on, and the key and
 * arguments of the sentence that tells a person about it. The sentence is written in the caller's language
 * only when the problem is answered (ProblemAdvice), from the service's {@code problems_*.properties}.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected ProblemException(String code, String messageKey, Object... arguments) {
        super(code + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = Arrays.asList(arguments.clone());
    }

    /** The stable machine code, e.g. {@code not-found} or {@code limit-reached}. */
    public String code() {
        return code;
    }

    /** The key of the sentence that says what happened, in the problem bundles. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
