package org.backboneplanner.events.debrief;

import org.backboneplanner.events.EventPayload;

/**
 * The group's answer to one of the debrief's questions, whole, as it stands now ({@code question}: the
 * question's key, e.g. {@code POOLED_RESOURCES}). Who wrote it is the envelope's actor; an answer is its own
 * aggregate, so its events are numbered apart from the initiative's.
 */
public record DebriefAnswered(String question, String answer, String answeredByName) implements EventPayload {
}
