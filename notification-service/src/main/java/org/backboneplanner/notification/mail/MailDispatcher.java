package org.backboneplanner.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

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
    private final ExecutorService senders;
    /** The last {@link MailQueue#sweep}: one every {@code sweepEvery}, the first that long after the start. */
    private volatile Instant lastSweep;

    MailDispatcher(MailQueue queue, SmtpMailer sender, PreferencesStore preferences, ReminderPlanner reminders,
                   Clock clock, NotificationProperties properties) {
        this.queue = queue;
        this.sender = sender;
        this.preferences = preferences;
        this.reminders = reminders;
        this.clock = clock;
        this.properties = properties;
        this.lastSweep = clock.instant();
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(Math.max(1, properties.senders()), task -> {
            Thread thread = new Thread(task, "mail-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    /** What became of one due mail. */
    private enum Outcome { TAKEN_BY_ANOTHER, NOT_SENT, SENT }

    @Scheduled(fixedDelayString = "${backbone.notification.poll-interval:5s}")
    void onSchedule() {
        dispatchDue();
    }

    /**
     * Sends a batch's mails a few at a time (each claim is atomic, so threads of one instance never send a
     * mail twice, as instances side by side never do). @return how many mails were sent
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        // either way: a clock set back (tests do) must not put the next sweep off
        if (Duration.between(lastSweep, now).abs().compareTo(properties.sweepEvery()) >= 0) {
            lastSweep = now;
            queue.sweep(now, properties.lease(), properties.batchSize());
        }
        int sent = 0;
        boolean claimedAny = true;
        Map<String, Long> due;
        // ends when nothing is due, or when every due mail was taken by another instance meanwhile
        while (claimedAny && !(due = queue.dueIds(clock.instant(), properties.batchSize(), properties.lease()))
                .isEmpty()) {
            claimedAny = false;
            // before any is sent, so a crash after a send never leaves a step without its next reminder
            reminders.planFollowing(due.keySet());
            Map<String, Future<Outcome>> outcomes = new LinkedHashMap<>();
            for (String id : due.keySet()) {
                outcomes.put(id, senders.submit(() -> claimAndSend(id)));
            }
            Map<String, Long> done = new HashMap<>();
            for (Map.Entry<String, Future<Outcome>> outcome : outcomes.entrySet()) {
                Outcome result = await(outcome.getValue());
                claimedAny |= result != Outcome.TAKEN_BY_ANOTHER;
                if (result == Outcome.SENT) {
                    sent++;
                    done.put(outcome.getKey(), due.get(outcome.getKey()));
                }
            }
            queue.forgetDue(done);
        }
        return sent;
    }

    private Outcome claimAndSend(String id) {
        Mail claim = queue.claim(id, instance, clock.instant());
        if (claim == null) {
            return Outcome.TAKEN_BY_ANOTHER;
        }
        return send(claim) ? Outcome.SENT : Outcome.NOT_SENT;
    }

    private static Outcome await(Future<Outcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
        // the claim's lease started with it: renewed (and checked) only if composing took a tenth of it, a round trip
        // saved on nearly every mail while the whole lease still covers the send by far
        if (Duration.between(claim.claimedAt(), clock.instant()).compareTo(properties.lease().dividedBy(10)) > 0
                && !queue.renew(claim, clock.instant())) {
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
