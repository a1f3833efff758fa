package org.backboneplanner.worksheet.exports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The words of the exports, in French or English ({@code export_*.properties}), and how numbers read there. */
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

    String get(String key, Object... args) {
        return MESSAGES.getMessage(key, args, locale);
    }

    /** "Réseau : X" in French, "Network: X" in English. */
    String labelled(String key, String value) {
        return get(key) + colon() + value;
    }

    /** French puts a space before a colon, English does not. */
    String colon() {
        return language.equals("fr") ? " : " : ": ";
    }

    /** A date as the screen writes it: "1 mars 2027" in French, "March 1, 2027" in English. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** 15 000,5 in French, 15,000.5 in English; a plain space groups French digits (the PDF's fonts lack U+202F). */
    String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (language.equals("fr")) {
            symbols.setGroupingSeparator(' ');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
