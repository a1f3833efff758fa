package org.backboneplanner.support.problem;

import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers what reaches the servlet container's error path (a request refused before any controller saw
 * it) as problem+json in the caller's language, in place of Boot's default error body.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    private final ProblemAdvice problems;
    private final ProblemMessages messages;

    public ProblemErrorController(ProblemAdvice problems, ProblemMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object value = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, the error path is no resource at all
        HttpStatus status = value instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.NOT_FOUND;
        Locale language = ProblemMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String code = ProblemCodes.ofStatus(status.value());
        String detail = messages.text(status.is4xxClientError() ? "detail.refused" : "detail.internal", language);
        return ResponseEntity.status(status).headers(ProblemAdvice.headers(language))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.problem(status, code, detail, language));
    }
}
