package org.backboneplanner.notification.reminder;

import java.time.Clock;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.support.consumption.AppliedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Plans reminders from next-step events: a new step gets its reminders; a changed due date, owner or
 * status replans them (a done or dropped step keeps none pending).
 */
@Component
class WorksheetEventsListener {

    private final ReminderPlanner planner;
    private final ReminderSchedule schedule;
    private final AppliedEvents applied;
    private final Clock clock;

    WorksheetEventsListener(ReminderPlanner planner, ReminderSchedule schedule, AppliedEvents applied, Clock clock) {
        this.planner = planner;
        this.schedule = schedule;
        this.applied = applied;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(String json) {
        EventJson.readIfKnown(json).ifPresent(event -> applied.applyOnce(event, () -> apply(event)));
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof NextStepScheduled scheduled) {
            replan(event, scheduled.initiativeName(), scheduled.step());
        } else if (event.payload() instanceof NextStepUpdated updated) {
            replan(event, updated.initiativeName(), updated.step());
        }
    }

    private void replan(EventEnvelope event, String initiativeName, NextStepDetails step) {
        schedule.replan(step.stepId(), planner.plan(event, initiativeName, step, clock.instant()));
    }
}
