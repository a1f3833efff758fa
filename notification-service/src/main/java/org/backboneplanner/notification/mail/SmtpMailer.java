package org.backboneplanner.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.backboneplanner.notification.NotificationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one mail over SMTP: plain text and HTML, an iCalendar file for a reminder's deadline, and the
 * RFC 8058 one-click unsubscribe headers. Composing and sending are apart, so the claim on a mail is
 * checked as late as possible: after composing, right before the SMTP dialogue.
 */
@Component
class SmtpMailer {

    private final JavaMailSender smtp;
    private final MailText text;
    private final NotificationProperties properties;
    private final Clock clock;

    SmtpMailer(JavaMailSender smtp, MailText text, NotificationProperties properties, Clock clock) {
        this.smtp = smtp;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
    }

    /** A mail ready to go, and the subject it carries. */
    record Composed(MimeMessage message, String subject) {
    }

    Composed compose(Mail mail) {
        MailText.Content content = text.of(mail);
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(content.subject());
            helper.setText(text.plain(mail, content), text.html(mail, content));
            if (mail.kind() == MailKind.REMINDER) {
                helper.addAttachment("deadline.ics", new ByteArrayResource(Deadlines.ics(mail, content.subject(),
                        content.link(), clock.instant()).getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
            }
            message.setHeader("Content-Language", mail.language());
            if (content.unsubscribeLink() != null) {
                message.setHeader("List-Unsubscribe", "<" + content.unsubscribeLink() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailSendException("cannot compose mail " + mail.id(), e);
        }
        return new Composed(message, content.subject());
    }

    void send(Composed mail) {
        smtp.send(mail.message());
    }
}
