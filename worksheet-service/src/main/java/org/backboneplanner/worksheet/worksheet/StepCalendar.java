package org.backboneplanner.worksheet.worksheet;

import java.time.LocalDate;

import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeDetails;

/**
 * What a step's view is judged against: the initiative's horizon (a step due outside its years is answered
 * with a warning) and today in the network's calendar (what is overdue).
 */
public record StepCalendar(InitiativeDetails horizon, LocalDate today) {

    public static StepCalendar of(Initiative initiative, LocalDate today) {
        return new StepCalendar(initiative.details(), today);
    }
}
