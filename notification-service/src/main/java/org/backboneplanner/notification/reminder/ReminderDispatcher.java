package org.backboneplanner.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.ReminderMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, one claimed reminder at a time, so memory stays flat however many are due and
 * instances side by side never send the same one. A failed send is retried with growing waits and
 * is never dropped: after the last attempt it is marked failed, visible in the network's mail log.
 */
@Component
public class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final ReminderSchedule schedule;
    private final ReminderPlanner planner;
    private final ReminderMailer mailer;
    private final Clock clock;
    private final NotificationProperties properties;
    private final String instance = "notification-" + UUID.randomUUID();

    ReminderDispatcher(ReminderSchedule schedule, ReminderPlanner planner, ReminderMailer mailer, Clock clock,
                       NotificationProperties properties) {
        this.schedule = schedule;
        this.planner = planner;
        this.mailer = mailer;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${backbone.notification.poll-interval:5s}")
    void onSchedule() {
        dispatchDue();
    }

    /** @return how many reminders were sent */
    public int dispatchDue() {
        schedule.releaseExpiredClaims(clock.instant(), properties.lease());
        int sent = 0;
        Reminder reminder;
        while ((reminder = schedule.claimNext(instance, clock.instant())) != null) {
            if (send(reminder)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Reminder reminder) {
        try {
            mailer.send(reminder);
        } catch (RuntimeException e) {
            boolean last = reminder.attempts() >= properties.maxAttempts();
            Instant retryAt = clock.instant().plus(backoff(reminder.attempts()));
            schedule.markFailed(reminder, e.getMessage(), retryAt, last);
            log.warn("Reminder {} not sent (attempt {}): {}", reminder.id(), reminder.attempts(), e.getMessage());
            return false;
        }
        schedule.markSent(reminder, clock.instant());
        if (reminder.kind() != ReminderKind.BEFORE) {
            schedule.add(planner.nextOverdue(reminder, clock.instant()));
        }
        return true;
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : wait;
    }
}
