package org.backboneplanner.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.step.TrackedStep;
import org.backboneplanner.notification.step.TrackedSteps;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly digest, for those who asked: from the configured day and hour, one mail per person and
 * week listing their open steps (overdue, due within two weeks, later). Its id names the person and
 * the ISO week, so however often this runs, on however many instances, a week's digest exists once.
 */
@Component
public class DigestPlanner {

    private final PreferencesStore preferences;
    private final TrackedSteps steps;
    private final MailQueue queue;
    private final NotificationProperties properties;
    private final Clock clock;

    DigestPlanner(PreferencesStore preferences, TrackedSteps steps,
                  MailQueue queue, NotificationProperties properties, Clock clock) {
        this.preferences = preferences;
        this.steps = steps;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT30S")
    void onSchedule() {
        planDigests();
    }

    /** @return how many digests were planned now */
    public int planDigests() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(properties.zone());
        if (local.getDayOfWeek() != properties.digestDay() || local.toLocalTime().isBefore(properties.digestAt())) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        int planned = 0;
        for (Preferences person : preferences.digestSubscribers()) {
            String id = "digest|" + person.email() + "|" + week;
            if (queue.exists(id)) {
                continue;
            }
            List<TrackedStep> open = steps.openOf(person.email());
            List<Mail.DigestItem> items = open.stream().map(s -> new Mail.DigestItem(s.title(), s.initiativeName(),
                    s.networkId(), s.initiativeId(), s.role(), s.plan(), s.dueDate())).toList();
            String name = open.isEmpty() ? person.email() : open.get(0).ownerName();
            String networkId = open.isEmpty() ? null : open.get(0).networkId();
            queue.add(Mail.digest(id, networkId, new Mail.To(person.email(), name,
                    person.language() != null ? person.language() : "fr"), items, now));
            planned++;
        }
        return planned;
    }
}
