package org.backboneplanner.notification.preferences;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a person wants of our mail, by address (a partner's contact gets reminders too, without an
 * account): reminder offsets, the weekly digest, the language, a pause, and whether they unsubscribed
 * with a mail's one-click link. Nothing stored means the defaults.
 */
@Document("preferences")
public record Preferences(@Id String email, String memberId, List<Integer> offsetsDays, Boolean digest,
                          String language, Boolean paused, Boolean unsubscribed, Instant updatedAt) {

    /** At most this many reminders before a deadline, each at most this many days before it. */
    public static final int MAX_OFFSETS = 5;
    public static final int MAX_OFFSET_DAYS = 60;

    public Preferences {
        offsetsDays = offsetsDays == null ? List.of() : List.copyOf(offsetsDays);
        digest = digest != null && digest;
        paused = paused != null && paused;
        unsubscribed = unsubscribed != null && unsubscribed;
    }

    /** Whether reminders, digests, invitations and mentions may go to this address now. */
    public boolean mailAllowed() {
        return !paused && !unsubscribed;
    }
}
