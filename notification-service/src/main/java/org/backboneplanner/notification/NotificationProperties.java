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
 * @param zone               the time zone whose days reminders and digests follow
 * @param sendAt             the time of day a reminder goes out
 * @param offsetsDays        days before the due date a reminder is sent (0 = on the day), unless a member chose others
 * @param overdueEvery       how often an overdue open step is recalled
 * @param digestDay          the day of the weekly digest
 * @param digestAt           the time of the weekly digest
 * @param publicUrl          the web UI's address, for links in mails
 * @param from               the sender address
 * @param unsubscribeSecret  the key that signs unsubscribe links (set it outside development)
 * @param pollInterval       how often due mail is looked for
 * @param batchSize          due mails read per look, so memory stays flat however many are due
 * @param lease              how long a claimed mail stays claimed before another instance may retry it
 * @param maxAttempts        sending attempts before a mail is marked failed
 * @param retryBackoff       the wait after the first failed attempt, doubled after each further one
 * @param maxRetryBackoff    the longest wait between attempts
 */
@ConfigurationProperties("backbone.notification")
public record NotificationProperties(
        @DefaultValue("America/Montreal") ZoneId zone,
        @DefaultValue("08:00") LocalTime sendAt,
        @DefaultValue({"7", "1", "0"}) List<Integer> offsetsDays,
        @DefaultValue("7d") Duration overdueEvery,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("07:00") LocalTime digestAt,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Backbone Planner <no-reply@backbone.local>") String from,
        @DefaultValue("dev-only-unsubscribe-secret-change-me") String unsubscribeSecret,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("1h") Duration maxRetryBackoff) {
}
