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
 * Sends what is due: reads a batch of due ids, so memory stays flat however many are due, and claims
 * each mail only when its turn comes, so a claim's lease covers one send, not a batch (see {@link MailQueue}
 * for how instances side by side never send the same mail). A failed send is retried with growing waits
 * and never dropped: after the last attempt it is marked failed, visible in the network's mail log.
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
        boolean claimedAny = true;
        List<String> due;
        // ends when nothing is due, or when every due mail was taken by another instance meanwhile
        while (claimedAny && !(due = queue.dueIds(clock.instant(), properties.batchSize())).isEmpty()) {
            claimedAny = false;
            for (String id : due) {
                Mail claim = queue.claim(id, instance, clock.instant());
                if (claim != null) {
                    claimedAny = true;
                    if (send(claim)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean send(Mail claim) {
        if (!preferences.of(claim.recipient(), claim.language()).mailAllowed()) {
            queue.markSkipped(claim, "the recipient paused or unsubscribed");
            return false;
        }
        SmtpMailer.Composed mail;
        try {
            mail = sender.compose(claim);
        } catch (RuntimeException e) {
            failed(claim, null, e);
            return false;
        }
        if (!queue.renew(claim, clock.instant())) {
            log.warn("Mail {} not sent: its claim was released (its lease ran out) before the send", claim.id());
            return false;
        }
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            failed(claim, mail.subject(), e);
            return false;
        }
        if (!queue.markSent(claim, mail.subject(), clock.instant())) {
            log.warn("Mail {} sent after its claim expired: another instance may send it again", claim.id());
        }
        if (claim.kind() == MailKind.REMINDER && claim.reminderKind() != ReminderKind.BEFORE) {
            reminders.planNextOverdue(claim);
        }
        return true;
    }

    private void failed(Mail claim, String subject, RuntimeException e) {
        boolean last = claim.attempts() >= properties.maxAttempts();
        Instant retryAt = clock.instant().plus(backoff(claim.attempts()));
        queue.markFailed(claim, subject, e.getMessage(), retryAt, last);
        log.warn("Mail {} not sent (attempt {}{}): {}", claim.id(), claim.attempts(), last ? ", the last" : "",
                e.getMessage());
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : wait;
    }
}
