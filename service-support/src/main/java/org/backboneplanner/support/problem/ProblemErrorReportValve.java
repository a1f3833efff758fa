package org.backboneplanner.support.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to a request it refuses before the application sees it (a path it cannot decode,
 * say): problem+json like every other answer, in the caller's language, not its HTML report.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            Locale language = ProblemMessages.language(request.getHeader("Accept-Language"));
            ProblemMessages messages = ProblemMessages.shared();
            String code = status < 500 ? "bad-request" : "internal";
            byte[] body = ProblemBody.json(status, code, messages.title(code, status, language),
                    messages.text(status < 500 ? "detail.refused" : "detail.internal", language), null);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", language.toLanguageTag());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing more to say
        }
    }
}
