package org.backboneplanner.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The web UI speaks French and English: both dictionaries of app.js name the same texts. */
class WebTextTest {

    /** A key at the start of a line or after a comma, followed by a string value. */
    private static final Pattern KEY = Pattern.compile("(?:^\\s*|,\\s*)'?([A-Za-z][\\w.]*)'?\\s*:\\s*(?=['\"`])",
            Pattern.MULTILINE);

    private static Set<String> keys(String block) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = KEY.matcher(block);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    @Test
    void frenchAndEnglishDictionariesHaveTheSameKeys() throws IOException {
        String app = new ClassPathResource("static/app/app.js").getContentAsString(StandardCharsets.UTF_8);
        int fr = app.indexOf("\n    fr: {");
        int en = app.indexOf("\n    en: {");
        assertThat(fr).isPositive();
        assertThat(en).isGreaterThan(fr);
        int end = app.indexOf("\n    }", en);
        Set<String> french = keys(app.substring(fr + 10, en));
        Set<String> english = keys(app.substring(en + 10, end));

        assertThat(french).hasSizeGreaterThan(50);
        assertThat(english).containsExactlyInAnyOrderElementsOf(french);
    }
}
