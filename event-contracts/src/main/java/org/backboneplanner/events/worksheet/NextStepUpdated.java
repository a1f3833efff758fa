package org.backboneplanner.events.worksheet;

import java.util.Set;

import org.backboneplanner.events.EventPayload;

/**
 * A next step changed; {@code changed} names the fields (e.g. {@code dueDate}, {@code owner},
 * {@code status}) so a consumer can react only to what concerns it, e.g. rescheduling reminders.
 */
public record NextStepUpdated(String initiativeName, NextStepDetails step, Set<String> changed,
                              NextStepDetails before) implements EventPayload {
}
