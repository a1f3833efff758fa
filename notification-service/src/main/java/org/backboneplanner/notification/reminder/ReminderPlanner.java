package org.backboneplanner.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailKind;
import org.backboneplanner.notification.mail.MailQueue;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.notification.preferences.Preferences;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.notification.step.TrackedStep;
import org.backboneplanner.notification.step.TrackedSteps;
import org.springframework.stereotype.Component;

/**
 * Keeps each step's NEXT reminder pending (see {@link ReminderSchedule} for which they are), not all of them: when a
 * reminder falls due, the one that follows it is planned ({@link #planFollowing}), before it is sent, so a crash
 * between the two loses nothing. A step done, dropped, removed, undated, without an owner's address, whose owner left
 * the initiative, or due outside the sane range has none pending. The step's {@code reminderIds} list what was
 * planned for its deadline, so a replan finds them without searching; every write of a step is conditional on the
 * revision it read, and a write that lost to another is planned again from the step as stored.
 */
@Component
public class ReminderPlanner {

    /** Rounds of a batch whose steps keep being written by others meanwhile (each round, only those). */
    private static final int ROUNDS = 8;
    private static final Set<MailStatus> HANDLED = EnumSet.of(MailStatus.SENT, MailStatus.SKIPPED, MailStatus.FAILED);

    private final ReminderSchedule schedule;
    private final PreferencesStore preferences;
    private final TrackedSteps steps;
    private final MailQueue queue;
    private final Clock clock;

    ReminderPlanner(ReminderSchedule schedule, PreferencesStore preferences, TrackedSteps steps, MailQueue queue,
                    Clock clock) {
        this.schedule = schedule;
        this.preferences = preferences;
        this.steps = steps;
        this.queue = queue;
        this.clock = clock;
    }

    /** Stores one step as an event left it ({@link TrackedSteps#changed}) and replans its reminder. */
    public void replan(TrackedStep step) {
        replanAll(List.of(step));
    }

    /**
     * Stores several steps (each once) with their next reminder, in a few round trips however many: their owners'
     * preferences read at once, the state of their upcoming reminders in one read (steps stored before only), the
     * reminders written in one bulk write, their due minutes in another, the steps in a third.
     */
    public void replanAll(List<TrackedStep> batch) {
        List<TrackedStep> todo = batch;
        for (int round = 1; !todo.isEmpty(); round++) {
            if (round > ROUNDS) {
                throw new IllegalStateException("steps kept changing while being planned: "
                        + todo.stream().map(TrackedStep::id).toList());
            }
            Map<String, TrackedStep> ours = todo.stream().collect(Collectors.toMap(TrackedStep::id, Function.identity()));
            // the newer state wins; the reminder ids and revision are always the stored ones
            todo = planAndStore(todo).stream().map(stored -> ours.get(stored.id()).sequence() > stored.sequence()
                    ? ours.get(stored.id()).withReminders(stored.reminderIds(), stored.revision()) : stored).toList();
        }
    }

    /** Replans every open step of a person, e.g. after they changed their offsets. */
    public void replanOwner(String email) {
        replanAll(steps.openOf(email));
    }

    /** @return the steps another writer came first to, as stored now */
    private List<TrackedStep> planAndStore(List<TrackedStep> batch) {
        Instant now = clock.instant();
        Map<String, Preferences> owners = owners(batch);
        Map<String, List<Mail>> upcoming = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (TrackedStep step : batch) {
            List<Mail> mails = schedule.upcoming(step, owners.get(step.id()), now);
            upcoming.put(step.id(), mails);
            if (step.revision() != null || !step.reminderIds().isEmpty()) {
                mails.forEach(mail -> known.add(mail.id()));
            }
        }
        Map<String, MailStatus> status = new HashMap<>();
        queue.byIds(known).forEach((id, mail) -> status.put(id, mail.status()));
        List<MailQueue.StepReminders> reminders = new ArrayList<>();
        List<TrackedStep> planned = new ArrayList<>();
        for (TrackedStep step : batch) {
            Set<String> ofDeadline = schedule.ids(step, owners.get(step.id()));
            List<String> kept = new ArrayList<>(step.reminderIds().stream().filter(ofDeadline::contains).toList());
            List<Mail> waiting = upcoming.get(step.id()).stream().filter(mail -> !HANDLED.contains(status.get(mail.id())))
                    .toList();
            // the next one, and any later one already planned (so a changed title reaches it too)
            List<Mail> wanted = waiting.stream().filter(mail -> mail.id().equals(waiting.get(0).id())
                    || kept.contains(mail.id())).toList();
            wanted.stream().map(Mail::id).filter(id -> !kept.contains(id)).forEach(kept::add);
            reminders.add(new MailQueue.StepReminders(step.reminderIds().stream().filter(id -> !kept.contains(id))
                    .toList(), wanted));
            planned.add(step.withReminders(kept, step.revision()));
        }
        queue.replanSteps(reminders);
        return steps.store(planned);
    }

    /** Each step's owner's preferences, by step id: stored ones read at once, the defaults for the others. */
    private Map<String, Preferences> owners(Collection<TrackedStep> batch) {
        Map<String, Preferences> stored = preferences.storedOf(batch.stream().filter(TrackedStep::remindable)
                .map(TrackedStep::ownerEmail).toList());
        Map<String, Preferences> owners = new HashMap<>();
        // a step without an owner's address has no reminders, so no preferences either
        batch.stream().filter(step -> step.ownerEmail() != null).forEach(step -> owners.put(step.id(),
                stored.getOrDefault(PreferencesStore.key(step.ownerEmail()),
                        preferences.defaults(step.ownerEmail(), step.language()))));
        return owners;
    }

    /**
     * Plans the reminder that follows each of these due mails that is a reminder of its step's present deadline and
     * owner (whether it is then sent, skipped or fails), in a few round trips however many. Called before they are
     * sent: a crash after a send never leaves a step without its next reminder.
     */
    public void planFollowing(Collection<String> dueIds) {
        List<Mail> due = queue.byIds(dueIds).values().stream().filter(mail -> mail.kind() == MailKind.REMINDER
                && mail.stepId() != null && mail.dueDate() != null).toList();
        if (due.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, TrackedStep> stored = steps.byId(due.stream().map(Mail::stepId).distinct().toList());
        Map<String, Preferences> owners = owners(stored.values());
        Map<String, Mail> following = new LinkedHashMap<>();
        for (Mail handled : due) {
            TrackedStep step = stored.get(handled.stepId());
            if (step != null && of(step, handled)) {
                Mail next = schedule.following(step, owners.get(step.id()), handled, now);
                Mail other = following.get(step.id());
                if (next != null && (other == null || next.daysBefore() < other.daysBefore())) {
                    following.put(step.id(), next);
                }
            }
        }
        following.values().removeIf(next -> stored.get(next.stepId()).reminderIds().contains(next.id()));
        if (following.isEmpty()) {
            return;
        }
        queue.replanSteps(following.values().stream().map(next -> new MailQueue.StepReminders(List.of(), List.of(next)))
                .toList());
        noteFollowing(following, stored);
    }

    /** Adds each following reminder's id to its step; one whose step changed meanwhile goes if no longer its own. */
    private void noteFollowing(Map<String, Mail> following, Map<String, TrackedStep> read) {
        Map<String, TrackedStep> asRead = read;
        Map<String, Mail> todo = following;
        for (int round = 1; !todo.isEmpty(); round++) {
            Map<TrackedStep, String> additions = new LinkedHashMap<>();
            for (Mail next : todo.values()) {
                additions.put(asRead.get(next.stepId()), next.id());
            }
            Map<String, Mail> again = new LinkedHashMap<>();
            Map<String, TrackedStep> fresh = new HashMap<>();
            for (TrackedStep stored : steps.added(additions)) {
                Mail next = todo.get(stored.id());
                if (stored.reminderIds().contains(next.id())) {
                    continue;
                }
                if (of(stored, next) && round < ROUNDS) {
                    again.put(stored.id(), next);
                    fresh.put(stored.id(), stored);
                } else {
                    // the step's deadline or owner changed, or it needs no reminder now: the replan kept none of these
                    queue.cancelPending(List.of(next.id()));
                }
            }
            todo = again;
            asRead = fresh;
        }
    }

    /** Whether this reminder belongs to the step as it stands: its deadline, its owner, and reminders wanted. */
    private static boolean of(TrackedStep step, Mail reminder) {
        return step.remindable() && reminder.dueDate().equals(step.dueDate())
                && reminder.recipient().equals(step.ownerEmail());
    }
}
