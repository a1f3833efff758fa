package org.backboneplanner.events.worksheet;

import org.backboneplanner.events.EventPayload;

/** A removed next step is back where it was, with its id, history and state: reminders and counts resume. */
public record NextStepRestored(String initiativeName, NextStepDetails step) implements EventPayload {
}
