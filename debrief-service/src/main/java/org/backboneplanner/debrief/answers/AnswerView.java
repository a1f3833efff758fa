package org.backboneplanner.debrief.answers;

import java.time.Instant;

/** A question with the group's answer (empty until someone writes it); {@code etag} goes in If-Match. */
public record AnswerView(DebriefQuestion question, String textFr, String textEn, String answer, String answeredByName,
                         Instant answeredAt, String etag) {
}
