package org.backboneplanner.debrief.analytics;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.PlanKind;

/**
 * Writes talking points in French and English from the {@code talking_points} bundles. Roles and plans
 * are named by their label in the sentence's language; lists of roles are joined with commas.
 */
public final class PointTexts {

    private static final String BUNDLE = "talking_points";

    private PointTexts() {
    }

    /** A point and its sentence in both languages. */
    public record TalkingPoint(TalkingPoints.Question question, String code, String textFr, String textEn) {
    }

    public static List<TalkingPoint> write(List<TalkingPoints.Point> points) {
        return points.stream().map(p -> new TalkingPoint(p.question(), p.key(), text(p, Locale.FRENCH),
                text(p, Locale.ENGLISH))).toList();
    }

    static String text(TalkingPoints.Point point, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = point.arguments().stream().map(a -> shown(a, locale)).toArray();
        return new MessageFormat(bundle.getString("point." + point.key()), locale).format(arguments);
    }

    private static Object shown(Object argument, Locale locale) {
        String language = locale.getLanguage();
        if (argument instanceof BackboneRole role) {
            return role.label(language);
        } else if (argument instanceof PlanKind plan) {
            return plan.label(language);
        } else if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(shown(item, locale))).collect(Collectors.joining(", "));
        } else if (argument == null) {
            return "?";
        }
        return argument;
    }
}
