package org.backboneplanner.notification.step;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * What worksheet events mean for mail: a new, changed or restored next step (re)plans its reminders (a done,
 * dropped or removed step keeps none pending); a member who leaves an initiative loses the reminders of the steps
 * they own there, and gets them back on joining again; an invitation is mailed to the invitee within
 * its address's limit; a mention is mailed to the member mentioned; an initiative event names its network for
 * mails. Each event once, in order, per aggregate.
 * <p>
 * A poll's records come at once: a run of step events, none of whose steps repeats, is planned together (the
 * steps, their reminders and the applied-once marks read and written in a few round trips, not a few per event);
 * any other event, or a step met again, ends the run, so everything applies in the partition's order. Should a run
 * fail, its events go again one at a time, so the failing one is named to the error handler by its index: a bad
 * record still goes alone to the dead-letter topic, a database outage still holds it until the database is back.
 */
@Component
class WorksheetEventsListener {

    private static final Logger log = LoggerFactory.getLogger(WorksheetEventsListener.class);

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

    /** A step event, where it stood in the poll, and what it says of its step. */
    private record StepEvent(int index, EventEnvelope event, TrackedSteps.Change change) {
    }

    @KafkaListener(topics = Topics.WORKSHEET, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<StepEvent> run = new ArrayList<>();
        Set<String> stepsInRun = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Optional<EventEnvelope> read;
            try {
                read = events.read(records.get(i));
            } catch (RuntimeException unsound) {
                plan(run);
                throw new BatchListenerFailedException(unsound.getMessage(), unsound, i);
            }
            if (read.isEmpty()) {
                continue;
            }
            EventEnvelope event = read.get();
            TrackedSteps.Change change = change(event);
            if (change != null) {
                if (!stepsInRun.add(change.step().stepId())) {
                    plan(run);
                    stepsInRun.clear();
                    stepsInRun.add(change.step().stepId());
                }
                run.add(new StepEvent(i, event, change));
            } else {
                plan(run);
                stepsInRun.clear();
                applyOne(i, event);
            }
        }
        plan(run);
    }

    /** Plans a run of step events together, then empties it; one at a time if that fails. */
    private void plan(List<StepEvent> run) {
        if (run.isEmpty()) {
            return;
        }
        try {
            List<StepEvent> fresh = applied.notYetApplied(run, StepEvent::event);
            reminders.replanAll(steps.changed(fresh.stream().map(StepEvent::change).toList()));
            applied.markApplied(fresh.stream().map(StepEvent::event).toList());
        } catch (RuntimeException failed) {
            log.warn("A run of {} step events failed together ({}): applying them one at a time", run.size(),
                    failed.toString());
            run.forEach(s -> applyOne(s.index(), s.event()));
        }
        run.clear();
    }

    private void applyOne(int index, EventEnvelope event) {
        try {
            applied.applyOnce(event, () -> apply(event));
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException(failed.getMessage(), failed, index);
        }
    }

    /** What a step event says of its step, or null for any other event. */
    private static TrackedSteps.Change change(EventEnvelope event) {
        if (event.payload() instanceof NextStepScheduled scheduled) {
            return new TrackedSteps.Change(event, scheduled.initiativeName(), scheduled.step(), false);
        } else if (event.payload() instanceof NextStepUpdated updated) {
            return new TrackedSteps.Change(event, updated.initiativeName(), updated.step(), false);
        } else if (event.payload() instanceof NextStepRestored restored) {
            return new TrackedSteps.Change(event, restored.initiativeName(), restored.step(), false);
        } else if (event.payload() instanceof NextStepRemoved removed) {
            return new TrackedSteps.Change(event, removed.initiativeName(), removed.step(), true);
        }
        return null;
    }

    private void apply(EventEnvelope event) {
        networks.learn(event);
        TrackedSteps.Change change = change(event);
        if (change != null) {
            reminders.replanAll(steps.changed(List.of(change)));
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
}
