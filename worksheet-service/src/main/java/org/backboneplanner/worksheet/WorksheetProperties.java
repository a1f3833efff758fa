package org.backboneplanner.worksheet;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone the time zone whose calendar days a network lives by ("today" for done dates and horizons)
 */
@ConfigurationProperties("backbone.worksheet")
public record WorksheetProperties(@DefaultValue("America/Montreal") ZoneId zone) {
}
