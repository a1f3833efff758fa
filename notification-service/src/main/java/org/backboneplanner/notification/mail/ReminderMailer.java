package org.backboneplanner.notification.mail;

import java.nio.charset.StandardCharsets;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.reminder.Reminder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Turns a reminder into a mail in its recipient's language, with an iCalendar file for the deadline. */
@Component
public class ReminderMailer {

    private final JavaMailSender sender;
    private final ReminderText text;
    private final NotificationProperties properties;

    ReminderMailer(JavaMailSender sender, ReminderText text, NotificationProperties properties) {
        this.sender = sender;
        this.text = text;
        this.properties = properties;
    }

    public void send(Reminder reminder) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.from());
            mail.setTo(reminder.ownerEmail());
            mail.setSubject(text.subject(reminder));
            mail.setText(text.plain(reminder), text.html(reminder));
            mail.addAttachment("deadline.ics",
                    new ByteArrayResource(Deadlines.ics(reminder, text.subject(reminder), text.link(reminder))
                            .getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method=PUBLISH");
            message.setHeader("Content-Language", reminder.language());
        } catch (MessagingException e) {
            throw new MailSendException("cannot compose reminder " + reminder.id(), e);
        }
        sender.send(message);
    }
}
