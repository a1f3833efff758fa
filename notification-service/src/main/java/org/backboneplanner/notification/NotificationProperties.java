package org.backboneplanner.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders are planned and sent.
 *
 * @param zone           the time zone whose days reminders follow
 * @param sendAt         the time of day a reminder goes out
 * @param offsetsDays    days before the due date a reminder is sent (0 = on the day)
 * @param overdueEvery   how often an overdue open step is recalled
 * @param publicUrl      the web UI's address, for links in mails
 * @param from           the sender address
 * @param pollInterval   how often due reminders are looked for
 * @param lease          how long a claimed reminder stays claimed before another instance may retry it
 * @param maxAttempts    sending attempts before a reminder is marked failed
 * @param retryBackoff   the wait after the first failed attempt, doubled after each further one
 * @param maxRetryBackoff the longest wait between attempts
 */
@ConfigurationProperties("backbone.notification")
public record NotificationProperties(
        @DefaultValue("America/Montreal") ZoneId zone,
        @DefaultValue("08:00") LocalTime sendAt,
        @DefaultValue({"7", "1", "0"}) List<Integer> offsetsDays,
        @DefaultValue("7d") Duration overdueEvery,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Backbone Planner <no-reply@backbone.local>") String from,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("1h") Duration maxRetryBackoff) {
}
