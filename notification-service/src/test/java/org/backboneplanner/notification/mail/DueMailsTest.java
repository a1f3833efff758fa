package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.notification.NotificationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Due mail is found through the minutes it was noted under ({@code mail_due}), not by searching the pending mails;
 * the seldom sweep over the mails catches one stored without a note, and a claim whose holder vanished is released
 * by the look itself.
 */
class DueMailsTest extends NotificationTest {

    @Autowired
    MongoTemplate mongo;

    private Mail invitation(String to) {
        return Mail.invitation("test|" + UUID.randomUUID(), Mail.About.initiative(network, initiative, "Table"),
                new Mail.To(to, "Guest", "fr"), Map.of("invitedBy", "Alice", "role", "GUEST"), clock.instant());
    }

    @Test
    void aPendingMailStoredWithoutANoteWaitsForTheSweep() {
        dispatcher.dispatchDue(); // sweeps now if the clock moved since the last (other tests move it)
        String guest = newAddress("unnoted");
        Mail unnoted = invitation(guest);
        mongo.insert(unnoted);

        dispatcher.dispatchDue();
        assertThat(mailsTo(guest)).isEmpty();

        clock.set(NOON.plus(Duration.ofMinutes(10)));
        dispatcher.dispatchDue();
        assertThat(mailsTo(guest)).hasSize(1);
        assertThat(queue.log(network, MailStatus.SENT, 0, 10).items()).extracting(Mail::id).containsExactly(unnoted.id());
    }

    @Test
    void aClaimWhoseHolderVanishedIsReleasedAndSentOnce() {
        String guest = newAddress("stranded");
        Mail mail = invitation(guest);
        queue.add(mail);
        assertThat(queue.claim(mail.id(), "notification-gone", clock.instant())).isNotNull();

        dispatcher.dispatchDue();
        assertThat(mailsTo(guest)).as("the lease still holds").isEmpty();

        // past the five minutes' lease, before the sweep's ten
        clock.set(NOON.plus(Duration.ofMinutes(6)));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(mailsTo(guest)).hasSize(1);
    }
}
