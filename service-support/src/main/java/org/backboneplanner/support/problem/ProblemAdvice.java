package org.backboneplanner.support.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.backboneplanner.support.text.CheckedTextDeserializer;
import org.backboneplanner.support.text.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error a service answers is RFC 9457 problem+json: a clear {@code detail}, field errors in
 * {@code errors}, never a stack trace. Unexpected failures are logged here and answered as a plain 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String ERRORS = "errors";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        if (e.existing() != null) {
            problem.setProperty("existing", e.existing());
        }
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This already exists.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail busy(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Busy", "Many changes came in at once; nothing of yours was stored. "
                + "Please try again.");
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> stale(PreconditionFailedException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Changed since you read it", e.getMessage());
        problem.setProperty("current", e.current());
        HttpHeaders headers = new HttpHeaders();
        if (e.currentEtag() != null) {
            headers.setETag(e.currentEtag());
        }
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).headers(headers).body(problem);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalidInput(e.getMessage(), e.errors());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return invalidInput("Some fields are invalid.", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = shown(e.getValue());
        String message = "invalid value '" + value + "'" + allowed(e.getRequiredType());
        return invalidInput("'" + value + "' is not a valid " + e.getName() + ".",
                List.of(new FieldProblem(e.getName(), message)));
    }

    /** A value as an answer may echo it: a repeated parameter's values joined, short, no control character. */
    static String shown(Object value) {
        String text = value instanceof Object[] values ? String.join(",", java.util.Arrays.stream(values)
                .map(String::valueOf).toList()) : String.valueOf(value);
        text = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was half-written. Please try again.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalidInput(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(new FieldProblem(name, err.getDefaultMessage())));
        }
        return ResponseEntity.badRequest().body(invalidInput(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
        }
        CheckedTextDeserializer.RefusedCharacterException refused =
                causeOf(e, CheckedTextDeserializer.RefusedCharacterException.class);
        if (refused != null) {
            String field = path(refused);
            String message = "contains the control character " + TextRules.name(refused.codePoint())
                    + "; text may hold line breaks and tabs, no other control character";
            return ResponseEntity.badRequest()
                    .body(invalidInput("'" + field + "' " + message + ".", List.of(new FieldProblem(field, message))));
        }
        InvalidFormatException badValue = causeOf(e, InvalidFormatException.class);
        if (badValue != null) {
            String field = path(badValue);
            String message = "invalid value '" + badValue.getValue() + "'" + allowed(badValue.getTargetType());
            return ResponseEntity.badRequest()
                    .body(invalidInput("'" + field + "' has an " + message + ".", List.of(new FieldProblem(field, message))));
        }
        DatabindException mapping = causeOf(e, DatabindException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return ResponseEntity.badRequest().body(invalidInput("'" + field + "' has the wrong type.",
                    List.of(new FieldProblem(field, "wrong type"))));
        }
        String detail = causeOf(e, JacksonException.class) != null || e.getMessage() != null
                ? "The request body is not valid JSON or is missing." : "The request body cannot be read.";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    static ProblemDetail invalidInput(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    private static String summary(List<FieldProblem> errors) {
        return errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return " (one of " + String.join(", ", names) + ")";
        }
        return "";
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
