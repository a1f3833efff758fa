package org.backboneplanner.notification.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.preferences.UnsubscribeLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of each mail, in the recipient's language (French or English, {@code messages_*}), as
 * plain text and as HTML. Every mail ends with its unsubscribe link. A subject is one line whatever the
 * titles and names in it hold: line breaks and other control characters become spaces.
 */
@Component
public class MailText {

    // compiled once: every mail's text goes through them several times
    private static final Pattern BREAKS = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_ENDS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

    private final MessageSource messages;
    private final NotificationProperties properties;
    private final UnsubscribeLinks unsubscribe;
    private final Clock clock;

    MailText(MessageSource messages, NotificationProperties properties, UnsubscribeLinks unsubscribe, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    /** What a mail says: subject, paragraphs, labelled facts, and lists (for digests). */
    public record Content(String subject, List<String> paragraphs, List<String[]> facts, List<Section> sections,
                          String link, String unsubscribeLink) {
    }

    public record Section(String title, List<String> items) {
    }

    /** What the mail says; {@code networkName} names a network by its id (see {@link NetworkNames}). */
    public Content of(Mail mail, UnaryOperator<String> networkName) {
        Content content = switch (mail.kind()) {
            case REMINDER -> reminder(mail, networkName);
            case DIGEST -> digest(mail, networkName);
            case INVITATION -> invitation(mail, networkName);
            case MENTION -> mention(mail, networkName);
        };
        return new Content(oneLine(content.subject()), content.paragraphs().stream().map(MailText::paragraph).toList(),
                content.facts().stream().map(f -> new String[] {f[0], oneLine(f[1])}).toList(),
                content.sections().stream().map(section -> new Section(section.title(),
                        section.items().stream().map(MailText::oneLine).toList())).toList(),
                content.link(), content.unsubscribeLink());
    }

    /** Text that may span lines (a comment): every line break a LF, other control characters but tabs dropped. */
    static String paragraph(String text) {
        return text == null ? null : CONTROLS.matcher(BREAKS.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /** The text on one line: CR, LF and every other control character become a space (header injection, folding). */
    static String oneLine(String text) {
        return text == null ? null : LINE_ENDS.matcher(text).replaceAll(" ");
    }

    public String link(String networkId, String initiativeId, String stepId) {
        return properties.publicUrl() + "/#/networks/" + networkId + "/initiatives/" + initiativeId
                + (stepId != null ? "/worksheet#step-" + stepId : "");
    }

    private Content reminder(Mail mail, UnaryOperator<String> networkName) {
        String key = switch (mail.reminderKind()) {
            case BEFORE -> "before";
            case ON_THE_DAY -> "today";
            case OVERDUE -> "overdue";
        };
        String lead = mail.reminderKind() == ReminderKind.BEFORE ? say(mail, "reminder.lead.before", mail.daysBefore())
                : mail.reminderKind() == ReminderKind.ON_THE_DAY ? say(mail, "reminder.lead.today")
                : say(mail, "reminder.lead.overdue", -mail.daysBefore());
        List<String[]> facts = List.of(
                new String[] {say(mail, "label.step"), mail.title()},
                new String[] {say(mail, "label.role"), place(mail)},
                new String[] {say(mail, "label.initiative"), mail.initiativeName()},
                new String[] {say(mail, "label.network"), networkName.apply(mail.networkId())},
                new String[] {say(mail, "label.due"), date(mail, mail.dueDate())});
        return new Content(say(mail, "reminder.subject." + key, mail.title(), date(mail, mail.dueDate())),
                List.of(say(mail, "greeting", mail.recipientName()), lead), facts, List.of(),
                link(mail.networkId(), mail.initiativeId(), mail.stepId()), unsubscribe.link(mail.recipient()));
    }

    private Content digest(Mail mail, UnaryOperator<String> networkName) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        List<String> overdue = new ArrayList<>();
        List<String> soon = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (Mail.DigestItem item : mail.digest()) {
            // a digest spans every network the member works in: each line names its network
            String line = item.title() + " — " + item.initiativeName() + " (" + networkName.apply(item.networkId()) + ") — "
                    + date(mail, item.dueDate());
            if (item.dueDate() != null && item.dueDate().isBefore(today)) {
                overdue.add(line);
            } else if (item.dueDate() != null && !item.dueDate().isAfter(today.plusDays(14))) {
                soon.add(line);
            } else {
                later.add(line);
            }
        }
        List<Section> sections = List.of(new Section(say(mail, "digest.overdue"), overdue),
                new Section(say(mail, "digest.soon"), soon), new Section(say(mail, "digest.later"), later));
        return new Content(say(mail, "digest.subject", mail.digest().size()),
                List.of(say(mail, "greeting", mail.recipientName()), say(mail, "digest.lead")), List.of(), sections,
                properties.publicUrl() + "/", unsubscribe.link(mail.recipient()));
    }

    private Content invitation(Mail mail, UnaryOperator<String> networkName) {
        String inviter = mail.details().get("invitedBy");
        String role = say(mail, "role." + mail.details().get("role"));
        return new Content(say(mail, "invitation.subject", inviter, mail.initiativeName()),
                List.of(say(mail, "greeting", mail.recipientName()),
                        say(mail, "invitation.lead", inviter, mail.initiativeName(), role)),
                List.<String[]>of(new String[] {say(mail, "label.initiative"), mail.initiativeName()},
                        new String[] {say(mail, "label.network"), networkName.apply(mail.networkId())}), List.of(), link(mail.networkId(), mail.initiativeId(), null), unsubscribe.link(mail.recipient()));
    }

    private Content mention(Mail mail, UnaryOperator<String> networkName) {
        String author = mail.details().get("author");
        return new Content(say(mail, "mention.subject", author, mail.initiativeName()),
                List.of(say(mail, "greeting", mail.recipientName()), say(mail, "mention.lead", author),
                        "« " + mail.details().get("comment") + " »"),
                List.<String[]>of(new String[] {say(mail, "label.role"), place(mail)},
                        new String[] {say(mail, "label.network"), networkName.apply(mail.networkId())}), List.of(),
                link(mail.networkId(), mail.initiativeId(), mail.stepId()), unsubscribe.link(mail.recipient()));
    }

    public String plain(Mail mail, Content content) {
        StringBuilder text = new StringBuilder();
        content.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        content.facts().forEach(f -> text.append(f[0]).append(' ').append(f[1]).append('\n'));
        for (Section section : content.sections()) {
            text.append('\n').append(section.title()).append('\n');
            if (section.items().isEmpty()) {
                text.append("  ").append(say(mail, "digest.none")).append('\n');
            }
            section.items().forEach(item -> text.append("  - ").append(item).append('\n'));
        }
        text.append('\n').append(say(mail, "label.open")).append(' ').append(content.link()).append('\n');
        if (content.unsubscribeLink() != null) {
            text.append("\n-- \n").append(say(mail, "footer", content.unsubscribeLink())).append('\n');
        }
        return text.toString();
    }

    public String html(Mail mail, Content content) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(mail.language())
                .append("\"><body style=\"font-family:sans-serif\">");
        content.paragraphs().forEach(p -> html.append("<p>").append(esc(p)).append("</p>"));
        if (!content.facts().isEmpty()) {
            html.append("<table cellpadding=\"4\">");
            content.facts().forEach(f -> html.append("<tr><th align=\"left\">").append(esc(f[0])).append("</th><td>")
                    .append(esc(f[1])).append("</td></tr>"));
            html.append("</table>");
        }
        for (Section section : content.sections()) {
            html.append("<h3>").append(esc(section.title())).append("</h3><ul>");
            if (section.items().isEmpty()) {
                html.append("<li>").append(esc(say(mail, "digest.none"))).append("</li>");
            }
            section.items().forEach(item -> html.append("<li>").append(esc(item)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p><a href=\"").append(esc(content.link())).append("\">").append(esc(say(mail, "label.open")))
                .append("</a></p>");
        if (content.unsubscribeLink() != null) {
            html.append("<hr><p style=\"font-size:small;color:#666\">")
                    .append(esc(say(mail, "footer", content.unsubscribeLink()))).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private String place(Mail mail) {
        return mail.role() != null ? mail.role().label(mail.language())
                : mail.plan() != null ? mail.plan().label(mail.language()) : "";
    }

    private String date(Mail mail, LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(mail)));
    }

    String say(Mail mail, String key, Object... args) {
        return messages.getMessage(key, args, locale(mail));
    }

    private static Locale locale(Mail mail) {
        return "en".equals(mail.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
    }

    private static String esc(String text) {
        // only markup characters: the page is UTF-8, accents stay as they are
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
