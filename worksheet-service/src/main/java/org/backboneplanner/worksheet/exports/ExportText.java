package org.backboneplanner.worksheet.exports;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The words of the exports, in French or English ({@code export_*.properties}). */
final class ExportText {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("export");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final Locale locale;
    final String language;

    ExportText(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
        this.locale = Locale.forLanguageTag(this.language);
    }

    String get(String key) {
        return MESSAGES.getMessage(key, null, locale);
    }
}
