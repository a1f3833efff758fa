package org.backboneplanner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

/**
 * What a pair of problem bundles ({@code <base>_fr.properties}, {@code <base>_en.properties}) must be: the
 * same keys in both languages, no empty sentence, and each value a {@link MessageFormat} pattern that shows
 * as written (a straight quote alone would vanish from the answer: it must be doubled; only a pattern
 * character such as the {@code #} of a count inside a choice is quoted on purpose).
 */
public final class ProblemBundleRules {

    /** What is left of a pattern once its doubled quotes and its quoted pattern characters ('#') are taken out. */
    private static final Pattern QUOTED_SYNTAX = Pattern.compile("'[{}#<|]+'");

    private ProblemBundleRules() {
    }

    public static void assertSound(String base) {
        Map<String, String> french = read(base + "_fr.properties");
        Map<String, String> english = read(base + "_en.properties");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(french).as("keys of %s_fr", base).isNotEmpty();
        softly.assertThat(french.keySet()).as("keys of %s_fr missing from _en", base)
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        for (Map<String, String> bundle : java.util.List.of(french, english)) {
            bundle.forEach((key, value) -> {
                softly.assertThat(value).as("%s in %s", key, base).isNotBlank();
                softly.assertThat(QUOTED_SYNTAX.matcher(value.replace("''", "")).replaceAll(""))
                        .as("a lone ' in %s of %s: write ''", key, base).doesNotContain("'");
                softly.assertThatCode(() -> new MessageFormat(value)).as("%s of %s", key, base)
                        .doesNotThrowAnyException();
            });
        }
        softly.assertAll();
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = ProblemBundleRules.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((key, value) -> values.put((String) key, (String) value));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
