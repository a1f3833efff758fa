package org.backboneplanner.worksheet.worksheet;

import java.time.Clock;

import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiative;
import org.springframework.stereotype.Component;

/** Gives each view of an initiative's steps its calendar: the horizon, and today in the network's zone. */
@Component
public class StepCalendars {

    private final Clock clock;
    private final WorksheetProperties properties;

    StepCalendars(Clock clock, WorksheetProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public StepCalendar of(Initiative initiative) {
        return StepCalendar.of(initiative, properties.today(clock));
    }
}
