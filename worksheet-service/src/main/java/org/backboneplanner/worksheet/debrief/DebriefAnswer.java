package org.backboneplanner.worksheet.debrief;

import java.time.Instant;

/** The group's answer to one debrief question ({@code question}: its key), as debrief-service announced it. */
public record DebriefAnswer(String question, String answer, String answeredByName, Instant answeredAt) {
}
