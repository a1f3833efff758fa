package org.backboneplanner.support.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A problem written as bytes, for the answers given where no message converter is at hand (servlet
 * filters, the security entry point, Tomcat's own refusals, the gateway).
 */
public final class ProblemBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemBody() {
    }

    /** The problem of a status that says no more than the status, in {@code language}. */
    public static byte[] ofStatus(ProblemMessages messages, int status, Locale language) {
        String code = ProblemCodes.ofStatus(status);
        return json(status, code, messages.title(code, status, language), messages.text("detail." + code, language),
                null);
    }

    public static byte[] json(int status, String code, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", code);
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }
}
