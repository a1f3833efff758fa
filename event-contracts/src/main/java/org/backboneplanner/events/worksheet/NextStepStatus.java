package org.backboneplanner.events.worksheet;

public enum NextStepStatus {
    TODO, DOING, DONE, DROPPED;

    /** Open steps still need doing: they count in the debrief and keep their reminders. */
    public boolean isOpen() {
        return this == TODO || this == DOING;
    }
}
