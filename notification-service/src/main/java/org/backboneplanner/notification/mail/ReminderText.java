package org.backboneplanner.notification.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.reminder.Reminder;
import org.backboneplanner.notification.reminder.ReminderKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The words of a reminder, in French or English, from the {@code messages} bundles. */
@Component
public class ReminderText {

    private final MessageSource messages;
    private final NotificationProperties properties;

    ReminderText(MessageSource messages, NotificationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public String subject(Reminder reminder) {
        String key = switch (reminder.kind()) {
            case BEFORE -> "reminder.subject.before";
            case ON_THE_DAY -> "reminder.subject.today";
            case OVERDUE -> "reminder.subject.overdue";
        };
        return message(reminder, key, reminder.title(), date(reminder));
    }

    public String link(Reminder reminder) {
        return properties.publicUrl() + "/networks/" + reminder.networkId() + "/initiatives/"
                + reminder.initiativeId() + "#step-" + reminder.stepId();
    }

    public String plain(Reminder reminder) {
        return String.join("\n",
                message(reminder, "reminder.greeting", reminder.ownerName()),
                "",
                lead(reminder),
                "",
                message(reminder, "reminder.step") + " " + reminder.title(),
                message(reminder, "reminder.role") + " " + role(reminder),
                message(reminder, "reminder.initiative") + " " + reminder.initiativeName(),
                message(reminder, "reminder.network") + " " + reminder.networkId(),
                message(reminder, "reminder.due") + " " + date(reminder),
                "",
                message(reminder, "reminder.open") + " " + link(reminder),
                "");
    }

    public String html(Reminder reminder) {
        return "<!DOCTYPE html><html lang=\"" + reminder.language() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + esc(message(reminder, "reminder.greeting", reminder.ownerName())) + "</p>"
                + "<p>" + esc(lead(reminder)) + "</p>"
                + "<table cellpadding=\"4\">"
                + row(message(reminder, "reminder.step"), reminder.title())
                + row(message(reminder, "reminder.role"), role(reminder))
                + row(message(reminder, "reminder.initiative"), reminder.initiativeName())
                + row(message(reminder, "reminder.network"), reminder.networkId())
                + row(message(reminder, "reminder.due"), date(reminder))
                + "</table>"
                + "<p><a href=\"" + esc(link(reminder)) + "\">" + esc(message(reminder, "reminder.open")) + "</a></p>"
                + "</body></html>";
    }

    private String lead(Reminder reminder) {
        return reminder.kind() == ReminderKind.BEFORE
                ? message(reminder, "reminder.lead.before", reminder.daysBefore())
                : reminder.kind() == ReminderKind.ON_THE_DAY ? message(reminder, "reminder.lead.today")
                : message(reminder, "reminder.lead.overdue", -reminder.daysBefore());
    }

    private static String row(String label, String value) {
        return "<tr><th align=\"left\">" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    private String role(Reminder reminder) {
        return reminder.role() == null ? "" : reminder.role().label(reminder.language());
    }

    private String date(Reminder reminder) {
        return reminder.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(reminder)));
    }

    private String message(Reminder reminder, String key, Object... args) {
        return messages.getMessage(key, args, locale(reminder));
    }

    private static Locale locale(Reminder reminder) {
        return "en".equals(reminder.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
    }
}
