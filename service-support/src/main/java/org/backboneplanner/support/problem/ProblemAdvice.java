package org.backboneplanner.support.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error a service answers is RFC 9457 problem+json with a stable {@code code}, and a {@code title},
 * {@code detail} and field {@code errors} in the caller's language ({@code Accept-Language}: French or
 * English, French when it asks for neither); never a stack trace. Unexpected failures are logged here and
 * answered as a plain 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String ERRORS = "errors";
    static final String CODE = "code";

    private final ProblemMessages messages;

    public ProblemAdvice(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        HttpHeaders headers = headers(language);
        if (e instanceof InvalidInputException invalid) {
            return ResponseEntity.badRequest().headers(headers).body(invalidInput(invalid.errors(), language));
        }
        HttpStatus status = statusOf(e);
        ProblemDetail problem = problem(status, e.code(), messages.text(e.messageKey(), e.arguments(), language),
                language);
        if (e instanceof ConflictException conflict && conflict.existing() != null) {
            problem.setProperty("existing", conflict.existing());
        } else if (e instanceof PreconditionFailedException stale) {
            problem.setProperty("current", stale.current());
            if (stale.currentEtag() != null) {
                headers.setETag(stale.currentEtag());
            }
        } else if (e instanceof TooManyRequestsException tooMany) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static HttpStatus statusOf(ProblemException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof PreconditionFailedException) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (e instanceof PreconditionRequiredException) {
            return HttpStatus.PRECONDITION_REQUIRED;
        }
        if (e instanceof TooManyRequestsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (e instanceof PayloadTooLargeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, "duplicate", "duplicate.stored", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(OptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, "busy", "detail.busy", request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> ConstraintProblems.of(InputProblems.field(v.getPropertyPath()), v.getConstraintDescriptor(),
                        v.getInvalidValue()))
                .toList();
        return ResponseEntity.badRequest().headers(headers(language)).body(invalidInput(errors, language));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        FieldProblem problem = InputProblems.invalidValue(e.getName(), InputProblems.shown(e.getValue()),
                e.getRequiredType());
        return ResponseEntity.badRequest().headers(headers(language)).body(invalidInput(List.of(problem), language));
    }

    /** The firewall checks parameter names only when a controller reads them: a refused name is bad input. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "bad-request", "detail.bad-request", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "detail.internal", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(InputProblems.of(f.getField(), f, f.getRejectedValue()));
        }
        for (ObjectError g : e.getBindingResult().getGlobalErrors()) {
            errors.add(InputProblems.of(g.getObjectName(), g, null));
        }
        return badRequest(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> {
                ConstraintViolation<?> violation = InputProblems.unwrap(result, error);
                errors.add(violation != null ? ConstraintProblems.of(name, violation.getConstraintDescriptor(),
                        violation.getInvalidValue()) : FieldProblem.of(name, "invalid-value"));
            });
        }
        return badRequest(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(FieldProblem.of(e.getParameterName(), "required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers(language))
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.code(),
                            messages.text(tooLarge.messageKey(), tooLarge.arguments(), language), language));
        }
        CheckedTextDeserializer.RefusedCharacterException refused =
                causeOf(e, CheckedTextDeserializer.RefusedCharacterException.class);
        if (refused != null) {
            return badRequest(List.of(FieldProblem.of(InputProblems.path(refused), "control-characters",
                    TextRules.name(refused.codePoint()))), request);
        }
        InvalidFormatException badValue = causeOf(e, InvalidFormatException.class);
        if (badValue != null) {
            return badRequest(List.of(InputProblems.invalidValue(InputProblems.path(badValue),
                    InputProblems.shown(badValue.getValue()), badValue.getTargetType())), request);
        }
        DatabindException mapping = causeOf(e, DatabindException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return badRequest(List.of(FieldProblem.of(InputProblems.path(mapping), "type")), request);
        }
        String key = causeOf(e, JacksonException.class) != null || e.getMessage() != null
                ? "detail.unreadable" : "detail.unreadable.body";
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.badRequest().headers(headers(language))
                .body(problem(HttpStatus.BAD_REQUEST, "unreadable", messages.text(key, language), language));
    }

    /** What Spring MVC refuses itself (an unknown path, a method or media type not served): by its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String code = ProblemCodes.ofStatus(statusCode.value());
        ProblemDetail problem = problem(statusCode, code, messages.text("detail." + code, language), language);
        HttpHeaders answered = new HttpHeaders();
        answered.putAll(headers);
        answered.putAll(headers(language));
        return super.handleExceptionInternal(e, problem, answered, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String code, String detailKey,
                                                 HttpServletRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.status(status).headers(headers(language))
                .body(problem(status, code, messages.text(detailKey, language), language));
    }

    private ResponseEntity<Object> badRequest(List<FieldProblem> errors, WebRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.badRequest().headers(headers(language)).body(invalidInput(errors, language));
    }

    ProblemDetail problem(HttpStatusCode status, String code, String detail, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.title(code, status.value(), language));
        problem.setType(URI.create("about:blank"));
        problem.setProperty(CODE, code);
        return problem;
    }

    /** 400 with each field's problem; the detail repeats their sentences, so it reads alone too. */
    ProblemDetail invalidInput(List<FieldProblem> problems, Locale language) {
        List<InvalidField> errors = problems.stream()
                .map(p -> new InvalidField(p.field(), p.code(), messages.text(p.messageKey(), p.arguments(), language)))
                .toList();
        String detail = errors.isEmpty() ? messages.text("detail.bad-request", language)
                : messages.text("invalid-input.fields", language, errors.size(),
                        String.join(Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? " ; " : "; ",
                                errors.stream().map(InvalidField::message).toList()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", detail, language);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    static Locale language(String acceptLanguage) {
        return ProblemMessages.language(acceptLanguage);
    }

    /** Problems say which language they speak, and caches keep one answer per language. */
    static HttpHeaders headers(Locale language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentLanguage(language);
        headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));
        return headers;
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
