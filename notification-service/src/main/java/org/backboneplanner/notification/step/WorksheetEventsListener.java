package org.backboneplanner.notification.step;

import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailKind;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.backboneplanner.support.consumption.AppliedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What worksheet events mean for mail: a new or changed next step (re)plans its reminders (a done or
 * dropped step keeps none pending); an invitation is mailed to the invitee; a mention is mailed to
 * whoever is mentioned. Each event once, in order, per aggregate.
 */
@Component
class WorksheetEventsListener {

    private final TrackedSteps steps;
    private final ReminderPlanner reminders;
    private final MailQueue queue;
    private final AppliedEvents applied;
    private final PreferencesStore preferences;

    WorksheetEventsListener(TrackedSteps steps, ReminderPlanner reminders, MailQueue queue, AppliedEvents applied,
                            PreferencesStore preferences) {
        this.preferences = preferences;
        this.steps = steps;
        this.reminders = reminders;
        this.queue = queue;
        this.applied = applied;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(String json) {
        EventJson.readIfKnown(json).ifPresent(event -> applied.applyOnce(event, () -> apply(event)));
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof NextStepScheduled scheduled) {
            step(event, scheduled.initiativeName(), scheduled.step());
        } else if (event.payload() instanceof NextStepUpdated updated) {
            step(event, updated.initiativeName(), updated.step());
        } else if (event.payload() instanceof MemberInvited invited) {
            queue.add(Mail.pending("invitation|" + event.id(), MailKind.INVITATION, null, event.networkId(),
                    event.initiativeId(), invited.initiativeName(), null, null, null, null, invited.email(),
                    invited.name(), invited.language(), null, 0,
                    Map.of("invitedBy", invited.invitedByName(), "role", invited.role().name()), null, event.occurredAt()));
        } else if (event.payload() instanceof CommentAdded comment) {
            comment.mentions().stream().filter(m -> m.email() != null && !m.memberId().equals(event.actor()))
                    .forEach(m -> queue.add(Mail.pending("mention|" + comment.commentId() + "|" + m.email(),
                            MailKind.MENTION, null, event.networkId(), event.initiativeId(), comment.initiativeName(),
                            comment.stepId(), comment.role(), null, null, m.email(), m.name(),
                            preferences.of(m.email(), "fr").language(), null, 0,
                            Map.of("author", comment.authorName(), "comment", comment.body()), null,
                            event.occurredAt())));
        }
    }

    private void step(EventEnvelope event, String initiativeName, NextStepDetails step) {
        reminders.replan(steps.save(event, initiativeName, step));
    }
}
