package org.backboneplanner.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.function.UnaryOperator;

import org.backboneplanner.notification.NotificationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends mail over SMTP: plain text and HTML, an iCalendar file for a reminder's deadline, and the
 * RFC 8058 one-click unsubscribe headers. Composing and sending are apart, so the claim on a mail is
 * checked as late as possible: after composing, right before the SMTP dialogue. A sender's mails go over one
 * connection ({@link #connect}), each message on its own: the claims can be checked between two messages, and
 * a message the server refuses fails alone.
 */
@Component
class SmtpMailer {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader, which searches every jar, for each body
        // part, multipart, encoder and decoded header (jakartaee/mail-api#699, #861): half of the senders' CPU in
        // the reminder benchmark. Named by this property, it is loaded by name instead: the same provider, the one
        // Angus Mail (Spring Boot's Jakarta Mail implementation) registers.
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAMS, SmtpMailer.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
        }
    }

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

    /** The mail as a MIME message; {@code networkName} names a network by its id ({@link NetworkNames#named}). */
    Composed compose(Mail mail, UnaryOperator<String> networkName) {
        MailText.Content content = text.of(mail, networkName);
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

    /** A connection for several mails, opened at the first; close it when done. */
    Connection connect() {
        return smtp instanceof JavaMailSenderImpl configured ? new Connection(configured) : new Connection(null);
    }

    /**
     * One SMTP connection, opened at the first message and opened again after a message failed on a connection
     * the server dropped. When the server cannot be reached, every further message fails at once with that cause
     * rather than waiting for the connection timeout again (they are retried later, like any failed send). Without Spring's own {@link JavaMailSenderImpl} (whose session and server it uses), each
     * message goes through {@link JavaMailSender#send} on a connection of its own.
     */
    final class Connection implements AutoCloseable {

        private final JavaMailSenderImpl configured;
        private Transport transport;
        private MessagingException unreachable;

        private Connection(JavaMailSenderImpl configured) {
            this.configured = configured;
        }

        /** Sends one mail: a {@link MailSendException} when it failed, the connection still usable for the next. */
        void send(Composed mail) {
            MimeMessage message = mail.message();
            if (configured == null) {
                smtp.send(message);
                return;
            }
            if (unreachable != null) {
                throw new MailSendException("SMTP server unreachable: " + unreachable.getMessage(), unreachable);
            }
            if (transport == null) {
                try {
                    transport = open();
                } catch (MessagingException e) {
                    unreachable = e;
                    throw new MailSendException("SMTP server unreachable: " + e.getMessage(), e);
                }
            }
            try {
                message.setSentDate(Date.from(clock.instant()));
                message.saveChanges();
                Address[] to = message.getAllRecipients();
                transport.sendMessage(message, to != null ? to : new Address[0]);
            } catch (MessagingException | RuntimeException e) {
                if (transport != null && !transport.isConnected()) {
                    close();
                }
                throw e instanceof MailSendException failed ? failed
                        : new MailSendException("cannot send mail: " + e.getMessage(), e);
            }
        }

        private Transport open() throws MessagingException {
            Transport opened = configured.getSession().getTransport(
                    configured.getProtocol() != null ? configured.getProtocol() : "smtp");
            String user = configured.getUsername() == null || configured.getUsername().isEmpty() ? null
                    : configured.getUsername();
            opened.connect(configured.getHost(), configured.getPort(), user, user == null ? null : configured.getPassword());
            return opened;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the messages are sent or failed already: a failed QUIT changes nothing
                } finally {
                    transport = null;
                }
            }
        }
    }
}
