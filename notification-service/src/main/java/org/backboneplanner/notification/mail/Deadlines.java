package org.backboneplanner.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A next step's deadline as an all-day iCalendar event (RFC 5545), so it lands in the recipient's calendar:
 * the summary is the mail's one-line subject, the description the step's title as written (its line breaks
 * escaped), its initiative and link.
 */
final class Deadlines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Deadlines() {
    }

    static String ics(Mail mail, String summary, String link, Instant now) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Backbone Planner//Reminders//FR",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                fold("UID:" + escape(mail.stepId() + "-" + mail.dueDate() + "@backbone-planner")),
                "DTSTAMP:" + STAMP.format(now),
                "DTSTART;VALUE=DATE:" + DATE.format(mail.dueDate()),
                "DTEND;VALUE=DATE:" + DATE.format(mail.dueDate().plusDays(1)),
                fold("SUMMARY:" + escape(summary)),
                fold("DESCRIPTION:" + escape(mail.title() + "\n" + mail.initiativeName() + " - " + link)),
                fold("URL:" + link.replaceAll("\\p{Cc}", "")),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped; a line break of any kind (CRLF,
     * a bare CR or LF, the Unicode separators) becomes the escape {@code \n}, since a raw one would end the
     * property; a tab becomes a space; every other control character is dropped.
     */
    static String escape(String text) {
        return String.valueOf(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replaceAll("\r\n|[\r\n\u0085\u2028\u2029]", "\\\\n").replace('\t', ' ')
                .replaceAll("\\p{Cc}", "");
    }

    /** Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int count = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (count + bytes > 75) {
                folded.append("\r\n ");
                count = 1;
            }
            folded.appendCodePoint(codePoint);
            count += bytes;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
