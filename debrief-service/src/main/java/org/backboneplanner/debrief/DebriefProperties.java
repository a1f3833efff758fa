package org.backboneplanner.debrief;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone           the time zone whose days decide what is overdue
 * @param dashboardLimit the most initiatives the dashboard shows side by side
 */
@ConfigurationProperties("backbone.debrief")
public record DebriefProperties(@DefaultValue("America/Montreal") ZoneId zone,
                                @DefaultValue("200") int dashboardLimit) {
}
