package org.backboneplanner.support.problem;

import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The sentences of problems, in French or English. A service's own sentences are in its
 * {@code problems_fr.properties} and {@code problems_en.properties}; the shared ones (titles, generic details,
 * field rules) in service-support's. Every value is a {@link MessageFormat} pattern: a quote is written
 * {@code ''}; a plain {@code {0}} shows a number as digits only (no grouping), so ids, years and limits read
 * as they are typed.
 */
public final class ProblemMessages {

    /** The product is French first: a caller who asks for no language we speak reads French. */
    public static final Locale DEFAULT_LANGUAGE = Locale.FRENCH;
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);
    /** The bundle of the shared sentences, in service-support. */
    public static final String SHARED_BUNDLE = "org/backboneplanner/support/problem/problems";
    /** The bundle of a service's (or the gateway's) own sentences, at the root of its classpath. */
    public static final String OWN_BUNDLE = "problems";

    private static final Logger log = LoggerFactory.getLogger(ProblemMessages.class);
    private static final ProblemMessages SHARED = new ProblemMessages(SHARED_BUNDLE);

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ProblemMessages(String... basenames) {
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    /** A service's sentences and the shared ones. */
    public static ProblemMessages ofService() {
        return new ProblemMessages(OWN_BUNDLE, SHARED_BUNDLE);
    }

    /** The shared sentences only, for answers written where no application context is at hand. */
    public static ProblemMessages shared() {
        return SHARED;
    }

    /** The language to answer in, from an {@code Accept-Language} header (may be null). */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return found != null ? found : DEFAULT_LANGUAGE;
        } catch (IllegalArgumentException e) {
            return DEFAULT_LANGUAGE; // a malformed header asks for nothing we can tell
        }
    }

    /** The sentence under {@code key} in {@code language}, its arguments filled in. */
    public String text(String key, List<?> arguments, Locale language) {
        String pattern;
        try {
            pattern = source.getMessage(key, null, language);
        } catch (NoSuchMessageException e) {
            log.warn("No problem text '{}' in {}", key, language);
            return key;
        }
        MessageFormat format = new MessageFormat(pattern, language);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = arguments.toArray();
        for (int i = 0; i < values.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            if (plain && values[i] instanceof LocalDate date) {
                // a date as people of that language write it ("1 janvier 2021"), not as an ISO string
                values[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
            } else if (plain && values[i] != null && !(values[i] instanceof String)) {
                values[i] = String.valueOf(values[i]);
            }
        }
        return format.format(values);
    }

    public String text(String key, Locale language, Object... arguments) {
        return text(key, List.of(arguments), language);
    }

    /** Whether a sentence exists under {@code key}. */
    public boolean has(String key, Locale language) {
        try {
            source.getMessage(key, null, language);
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    /** The title of a problem with {@code code}; a code without a title of its own takes its status's. */
    public String title(String code, int status, Locale language) {
        String key = "title." + code;
        return has(key, language) ? text(key, language) : text("title." + ProblemCodes.ofStatus(status), language);
    }
}
