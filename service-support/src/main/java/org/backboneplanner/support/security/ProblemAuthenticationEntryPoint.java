package org.backboneplanner.support.security;

import java.io.IOException;
import java.util.Locale;

import org.backboneplanner.support.problem.ProblemBody;
import org.backboneplanner.support.problem.ProblemMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 from the security filters, as problem+json in the caller's language. The bearer-token
 * handlers still set the {@code WWW-Authenticate} header; the body never says why a token failed beyond
 * what RFC 6750 allows.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ProblemMessages messages;

    public ProblemAuthenticationEntryPoint(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        write(request, response, 401, "unauthorized", "detail.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denied.handle(request, response, e);
        write(request, response, 403, "forbidden", "detail.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                       String detailKey) throws IOException {
        Locale language = ProblemMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getOutputStream().write(ProblemBody.json(status, code, messages.title(code, status, language),
                messages.text(detailKey, language), null));
    }
}
