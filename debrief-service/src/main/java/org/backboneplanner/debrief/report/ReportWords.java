package org.backboneplanner.debrief.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;

/** The report's sentences in one language (the {@code debrief_report} bundles), numbers and dates in its manner. */
final class ReportWords {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ZoneId zone;

    ReportWords(String language, ZoneId zone) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle("debrief_report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = zone;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** French elides "de" before a vowel or a mute h ("Réponse d'Alice", "Réponse de Bob"); English says "by". */
    String byWhom(String name) {
        if (!"fr".equals(language())) {
            return name;
        }
        return name.matches("(?i)^[aeiouyhàâäéèêëîïôöûüœæ].*") ? "d'" + name : "de " + name;
    }

    String role(BackboneRole role) {
        return role.label(language());
    }

    String roles(List<BackboneRole> roles) {
        return roles.isEmpty() ? get("none") : roles.stream().map(this::role).collect(Collectors.joining(", "));
    }

    String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String money(BigDecimal amount, String currency) {
        return number(amount == null ? BigDecimal.ZERO : amount) + " " + currency;
    }

    String percent(double share) {
        return number(Math.round(share * 100)) + " %";
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone));
    }
}
