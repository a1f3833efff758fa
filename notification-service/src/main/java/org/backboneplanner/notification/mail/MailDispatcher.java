package org.backboneplanner.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, a claimed batch at a time, so memory stays flat however many are due and
 * instances side by side never send the same mail. A failed send is retried with growing waits and
 * never dropped: after the last attempt it is marked failed, visible in the network's mail log.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailQueue queue;
    private final SmtpMailer sender;
    private final PreferencesStore preferences;
    private final ReminderPlanner reminders;
    private final Clock clock;
    private final NotificationProperties properties;
    private final String instance = "notification-" + UUID.randomUUID();

    MailDispatcher(MailQueue queue, SmtpMailer sender, PreferencesStore preferences, ReminderPlanner reminders,
                   Clock clock, NotificationProperties properties) {
        this.queue = queue;
        this.sender = sender;
        this.preferences = preferences;
        this.reminders = reminders;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${backbone.notification.poll-interval:5s}")
    void onSchedule() {
        dispatchDue();
    }

    /** @return how many mails were sent */
    public int dispatchDue() {
        queue.releaseExpiredClaims(clock.instant(), properties.lease());
        int sent = 0;
        List<Mail> batch;
        while (!(batch = queue.claimDue(instance, clock.instant(), properties.batchSize())).isEmpty()) {
            for (Mail mail : batch) {
                if (send(mail)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(Mail mail) {
        // invitations are a coordinator's personal act; the rest respects pauses and unsubscribes
        if (mail.kind() != MailKind.INVITATION && !preferences.of(mail.recipient(), mail.language()).mailAllowed()) {
            queue.markSkipped(mail, "the recipient paused or unsubscribed");
            return false;
        }
        String subject;
        try {
            subject = sender.send(mail);
        } catch (RuntimeException e) {
            boolean last = mail.attempts() >= properties.maxAttempts();
            Instant retryAt = clock.instant().plus(backoff(mail.attempts()));
            queue.markFailed(mail, sender.subject(mail), e.getMessage(), retryAt, last);
            log.warn("Mail {} not sent (attempt {}{}): {}", mail.id(), mail.attempts(), last ? ", the last" : "",
                    e.getMessage());
            return false;
        }
        queue.markSent(mail, subject, clock.instant());
        if (mail.kind() == MailKind.REMINDER && mail.reminderKind() != ReminderKind.BEFORE) {
            reminders.planNextOverdue(mail);
        }
        return true;
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : wait;
    }
}
