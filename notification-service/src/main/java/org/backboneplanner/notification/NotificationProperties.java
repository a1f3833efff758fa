package org.backboneplanner.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is planned and sent.
 *
 * @param zone                 the time zone whose days reminders and digests follow
 * @param sendAt               the time of day a reminder goes out
 * @param offsetsDays          days before the due date a reminder is sent (0 = on the day), unless a member chose others
 * @param overdueEvery         how often an overdue open step is recalled
 * @param overdueRecalls       how many overdue recalls a step gets for one deadline at most (8 = two months of weekly
 *                             recalls): whatever the data says, nobody is mailed forever about a step left open
 * @param digestDay            the day of the weekly digest
 * @param digestAt             the time of the weekly digest
 * @param publicUrl            the web UI's address, for links in mails
 * @param from                 the sender address
 * @param unsubscribeSecret    the key that signs unsubscribe links (set it outside development)
 * @param scheduling           whether this instance polls for due mail and plans digests by itself (tests that drive
 *                             them turn it off)
 * @param pollInterval         how often due mail is looked for
 * @param batchSize            due mails read per look (their ids only), so memory stays flat however many are due;
 *                             a look reads the minutes noted due ({@code mail_due}), not the pending mails
 * @param sweepEvery           how often the pending mails themselves are searched for due ones missing from
 *                             {@code mail_due} (e.g. stored before it existed) and for claims whose holder vanished:
 *                             the MongoDB wire-protocol server reads every pending mail for it (1.7 s at 395,000)
 * @param lease                how long a claim on one mail holds from the start of its send; it must outlast the SMTP
 *                             timeouts of one send ({@code spring.mail.properties}) by far
 * @param maxAttempts          sending attempts before a mail is marked failed
 * @param retryBackoff         the wait after the first failed attempt, doubled after each further one
 * @param maxRetryBackoff      the longest wait between attempts
 * @param invitationsPerAddress invitation mails one address may receive within {@code invitationWindow}, all
 *                             initiatives together; more are skipped
 * @param invitationWindow     the period {@code invitationsPerAddress} counts over
 * @param senders              mails sent at once: each waits on MongoDB and the SMTP server most of its time
 * @param markedAtOnce         mails a sender marks sent in one write at most: also the most a crash right after their
 *                             sends lets go twice, so 1 (a write per mail) unless a faster dispatch is worth that
 */
@ConfigurationProperties("backbone.notification")
public record NotificationProperties(
        @DefaultValue("America/Montreal") ZoneId zone,
        @DefaultValue("08:00") LocalTime sendAt,
        @DefaultValue({"7", "1", "0"}) List<Integer> offsetsDays,
        @DefaultValue("7d") Duration overdueEvery,
        @DefaultValue("8") int overdueRecalls,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("07:00") LocalTime digestAt,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Backbone Planner <no-reply@backbone.local>") String from,
        @DefaultValue("dev-only-unsubscribe-secret-change-me") String unsubscribeSecret,
        @DefaultValue("true") boolean scheduling,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10m") Duration sweepEvery,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("1h") Duration maxRetryBackoff,
        @DefaultValue("3") int invitationsPerAddress,
        @DefaultValue("7d") Duration invitationWindow,
        @DefaultValue("4") int senders,
        @DefaultValue("1") int markedAtOnce) {
}
