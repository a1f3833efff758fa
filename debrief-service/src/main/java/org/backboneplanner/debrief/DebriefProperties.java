package org.backboneplanner.debrief;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone                 the time zone whose days decide what is overdue and which month it is
 * @param dashboardLimit       the most initiatives the dashboard shows side by side
 * @param overloadRoles        from how many roles (counted once per initiative) a partner carrying roles
 *                             across the network's initiatives is flagged as overloaded
 * @param months               how many months of the network's monthly snapshots the dashboard shows
 * @param monthlySnapshotEvery how often this month's snapshot of every initiative is taken again (the last
 *                             one taken in a month stands for that month)
 */
@ConfigurationProperties("backbone.debrief")
public record DebriefProperties(@DefaultValue("America/Montreal") ZoneId zone,
                                @DefaultValue("200") int dashboardLimit,
                                @DefaultValue("4") int overloadRoles,
                                @DefaultValue("24") int months,
                                @DefaultValue("6h") Duration monthlySnapshotEvery) {
}
