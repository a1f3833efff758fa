package org.backboneplanner.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due: reads a batch of due ids, so memory stays flat however many are due, and shares them out
 * among a few senders. Each sender claims its share at once ({@link MailClaims}: atomic per mail, so instances
 * side by side never send the same mail), reads its recipients' preferences and its networks' names in one read
 * each, and sends its mails
 * over one SMTP connection, restarting the claims' lease before a send once a tenth of it has passed. A failed
 * send is retried with growing waits and never dropped: after the last attempt it is marked failed, visible in
 * the network's mail log.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private final MailQueue queue;
    private final MailClaims claims;
    private final SmtpMailer sender;
    private final NetworkNames networks;
    private final PreferencesStore preferences;
    private final ReminderPlanner reminders;
    private final Clock clock;
    private final NotificationProperties properties;
    private final String instance = "notification-" + UUID.randomUUID();
    private final ExecutorService senders;
    /** The last {@link MailQueue#sweep}: one every {@code sweepEvery}, the first that long after the start. */
    private volatile Instant lastSweep;

    MailDispatcher(MailQueue queue, MailClaims claims, SmtpMailer sender, NetworkNames networks,
                   PreferencesStore preferences, ReminderPlanner reminders, Clock clock,
                   NotificationProperties properties) {
        this.queue = queue;
        this.claims = claims;
        this.sender = sender;
        this.networks = networks;
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

    /** What became of one sender's share: how many it claimed, and the ids of those it sent. */
    private record Outcome(int claimed, List<String> sent) {
    }

    @Scheduled(fixedDelayString = "${backbone.notification.poll-interval:5s}")
    void onSchedule() {
        dispatchDue();
    }

    /**
     * Sends a batch's mails, a share per sender (each claim is atomic per mail, so threads of one instance never
     * send a mail twice, as instances side by side never do). @return how many mails were sent
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
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (List<String> share : shares(List.copyOf(due.keySet()))) {
                outcomes.add(senders.submit(() -> claimAndSend(share)));
            }
            Map<String, Long> done = new HashMap<>();
            for (Future<Outcome> outcome : outcomes) {
                Outcome result = await(outcome);
                claimedAny |= result.claimed() > 0;
                sent += result.sent().size();
                for (String id : result.sent()) {
                    done.put(id, due.get(id));
                }
            }
            queue.forgetDue(done);
        }
        return sent;
    }

    /** The ids in as many shares as there are senders, of sizes that differ by one at most, in their order. */
    private List<List<String>> shares(List<String> ids) {
        int count = Math.min(Math.max(1, properties.senders()), ids.size());
        List<List<String>> shares = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shares.add(ids.subList(i * ids.size() / count, (i + 1) * ids.size() / count));
        }
        return shares;
    }

    private Outcome claimAndSend(List<String> ids) {
        Instant claimedAt = clock.instant();
        List<Mail> claimed = claims.claim(ids, instance, claimedAt);
        if (claimed.isEmpty()) {
            return new Outcome(0, List.of());
        }
        List<Mail> allowed = allowed(claimed);
        UnaryOperator<String> networkName = networks.named(allowed.stream().flatMap(mail -> Stream.concat(
                Stream.of(mail.networkId()), mail.digest() == null ? Stream.empty()
                        : mail.digest().stream().map(Mail.DigestItem::networkId))).toList());
        List<String> sent = new ArrayList<>();
        List<MailClaims.Sent> unmarked = new ArrayList<>();
        Set<String> held = null;
        Instant confirmed = claimedAt;
        try (SmtpMailer.Connection smtp = sender.connect()) {
            for (int i = 0; i < allowed.size(); i++) {
                Mail claim = allowed.get(i);
                SmtpMailer.Composed mail;
                try {
                    mail = sender.compose(claim, networkName);
                } catch (RuntimeException e) {
                    failed(claim, null, e);
                    continue;
                }
                // the lease restarted (and the claims checked) only once a tenth of it has passed: a round trip
                // saved on nearly every send while the rest of the lease still covers the send by far; the mails
                // sent meanwhile are marked first, as their claims' lease runs too
                if (Duration.between(confirmed, clock.instant()).compareTo(properties.lease().dividedBy(10)) > 0) {
                    markSent(unmarked, sent);
                    confirmed = clock.instant();
                    held = claims.renew(allowed.subList(i, allowed.size()), confirmed).stream().map(Mail::id)
                            .collect(Collectors.toSet());
                }
                if (held != null && !held.contains(claim.id())) {
                    log.warn("Mail {} not sent: its claim was released (its lease ran out) before the send", claim.id());
                    continue;
                }
                try {
                    smtp.send(mail);
                } catch (RuntimeException e) {
                    failed(claim, mail.subject(), e);
                    continue;
                }
                unmarked.add(new MailClaims.Sent(claim, mail.subject()));
                // at most markedAtOnce (sooner when a tenth of the lease has passed): the most a crash here can double
                if (unmarked.size() >= properties.markedAtOnce()) {
                    markSent(unmarked, sent);
                }
            }
        } finally {
            markSent(unmarked, sent);
        }
        return new Outcome(claimed.size(), sent);
    }

    /** The claims whose recipients take mail, read at once; the others are marked skipped. */
    private List<Mail> allowed(List<Mail> claimed) {
        Map<String, Preferences> stored = preferences.storedOf(claimed.stream().map(Mail::recipient).toList());
        List<Mail> allowed = new ArrayList<>(claimed.size());
        for (Mail claim : claimed) {
            // who never chose anything gets the defaults, which allow mail
            Preferences chosen = stored.get(PreferencesStore.key(claim.recipient()));
            if (chosen != null && !chosen.mailAllowed()) {
                queue.markSkipped(claim, "the recipient paused or unsubscribed");
            } else {
                allowed.add(claim);
            }
        }
        return allowed;
    }

    private void markSent(List<MailClaims.Sent> unmarked, List<String> sent) {
        if (unmarked.isEmpty()) {
            return;
        }
        if (claims.markSent(unmarked, clock.instant()) < unmarked.size()) {
            log.warn("Of {} mails sent, some were marked after their claim expired: another instance may send them "
                    + "again", unmarked.size());
        }
        unmarked.forEach(mail -> sent.add(mail.claim().id()));
        unmarked.clear();
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
