package org.backboneplanner.worksheet;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone           the time zone whose calendar days a network lives by ("today" for done dates, horizons
 *                       and what is overdue)
 * @param restoreWindow  how long a removed next step can be restored (the UI's undo is a few seconds; the
 *                       window leaves room for a slow network and a second thought)
 * @param myStepsInitiatives the most initiatives "my steps" looks through for one member (newest first), so one
 *                       request's work stays bounded
 */
@ConfigurationProperties("backbone.worksheet")
public record WorksheetProperties(@DefaultValue("America/Montreal") ZoneId zone,
                                  @DefaultValue("PT10M") Duration restoreWindow,
                                  @DefaultValue("500") int myStepsInitiatives) {

    /** Today in the network's calendar. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
