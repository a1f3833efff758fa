package org.backboneplanner.notification.step;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.notification.invitation.Invitations;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.mail.NetworkNames;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.backboneplanner.support.consumption.AppliedEvents;
import org.backboneplanner.support.consumption.ConsumedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What worksheet events mean for mail: a new, changed or restored next step (re)plans its reminders (a done,
 * dropped or removed step keeps none pending); a member who leaves an initiative loses the reminders of the steps
 * they own there, and gets them back on joining again; an invitation is mailed to the invitee within
 * its address's limit; a mention is mailed to the member mentioned; an initiative event names its network for
 * mails. Each event once, in order, per aggregate.
 */
@Component
class WorksheetEventsListener {

    private final TrackedSteps steps;
    private final ReminderPlanner reminders;
    private final MailQueue queue;
    private final AppliedEvents applied;
    private final PreferencesStore preferences;
    private final Invitations invitations;
    private final Clock clock;
    private final ConsumedEvents events;
    private final NetworkNames networks;

    WorksheetEventsListener(TrackedSteps steps, ReminderPlanner reminders, MailQueue queue, AppliedEvents applied,
                            PreferencesStore preferences, Invitations invitations, Clock clock, ConsumedEvents events,
                            NetworkNames networks) {
        this.networks = networks;
        this.events = events;
        this.preferences = preferences;
        this.steps = steps;
        this.reminders = reminders;
        this.queue = queue;
        this.applied = applied;
        this.invitations = invitations;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.WORKSHEET)
    void on(ConsumerRecord<String, String> record) {
        events.read(record).ifPresent(event -> applied.applyOnce(event, () -> apply(event)));
    }

    private void apply(EventEnvelope event) {
        networks.learn(event);
        if (event.payload() instanceof NextStepScheduled scheduled) {
            step(event, scheduled.initiativeName(), scheduled.step());
        } else if (event.payload() instanceof NextStepUpdated updated) {
            step(event, updated.initiativeName(), updated.step());
        } else if (event.payload() instanceof NextStepRemoved removed) {
            reminders.replan(steps.removed(event, removed.initiativeName(), removed.step()));
        } else if (event.payload() instanceof NextStepRestored restored) {
            step(event, restored.initiativeName(), restored.step());
        } else if (event.payload() instanceof MemberRoleChanged changed && changed.memberId() != null) {
            // role null: removed; any other role: still (or again) a member
            reminders.replanAll(changed.role() == null ? steps.ownerLeft(event.initiativeId(), changed.memberId())
                    : steps.ownerBack(event.initiativeId(), changed.memberId()));
        } else if (event.payload() instanceof MemberJoined joined && joined.memberId() != null) {
            reminders.replanAll(steps.ownerBack(event.initiativeId(), joined.memberId()));
        } else if (event.payload() instanceof MemberInvited invited) {
            invitations.plan(event, invited);
        } else if (event.payload() instanceof CommentAdded comment) {
            comment.mentions().stream().filter(m -> m.memberId() != null && m.email() != null
                            && !m.memberId().equals(event.actor()))
                    .forEach(m -> queue.add(Mail.mention("mention|" + comment.commentId() + "|" + m.email(),
                            new Mail.About(event.networkId(), event.initiativeId(), comment.initiativeName(),
                                    comment.stepId(), comment.role(), null, null),
                            new Mail.To(m.email(), m.name(), preferences.of(m.email(), "fr").language()),
                            Map.of("author", comment.authorName(), "comment", comment.body()), clock.instant())));
        }
    }

    private void step(EventEnvelope event, String initiativeName, NextStepDetails step) {
        reminders.replan(steps.changed(event, initiativeName, step));
    }
}
