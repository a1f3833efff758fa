package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.localservers.MailServer;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The SMTP server is down: mails are retried with backoff, never dropped, never doubled, and sent once
 * it is back; a mail that keeps failing is marked failed and shows in the network's mail log.
 */
@TestPropertySource(properties = {"backbone.notification.max-attempts=4", "spring.mail.properties[mail.smtp.connectiontimeout]=500"})
class SmtpOutageTest extends NotificationTest {

    @AfterAll
    static void smtpBack() {
        TestServers.restartMail();
    }

    private Mail invitation(String to) {
        return Mail.invitation("test|" + UUID.randomUUID(), Mail.About.initiative(network, initiative, "Table"),
                new Mail.To(to, "Guest", "fr"), Map.of("invitedBy", "Alice", "role", "GUEST"), clock.instant());
    }

    private Mail stored(String id) {
        return queue.log(network, null, 0, 10).items().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachWaitBeforeARetryIsTwiceTheOneBeforeAndTheMailIsNotTriedEarlier() {
        TestServers.stopMail();
        Mail mail = invitation(newAddress("backoff"));
        queue.add(mail);
        List<Duration> waits = new java.util.ArrayList<>();

        for (int attempt = 1; attempt <= 3; attempt++) {
            java.time.Instant failedAt = clock.instant();
            dispatcher.dispatchDue();
            Mail failed = stored(mail.id());
            assertThat(failed.attempts()).isEqualTo(attempt);
            assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
            waits.add(Duration.between(failedAt, failed.sendAt()));
            // a moment before its time, it is not tried
            clock.set(failed.sendAt().minusMillis(1));
            dispatcher.dispatchDue();
            assertThat(stored(mail.id()).attempts()).isEqualTo(attempt);
            clock.set(failed.sendAt());
        }
        dispatcher.dispatchDue();

        // backbone.notification.retry-backoff=100ms (NotificationTest), doubled after each further failure
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(stored(mail.id()).status()).as("the fourth attempt was the last").isEqualTo(MailStatus.FAILED);
    }

    @Test
    void mailWaitsThroughAnOutageIsSentOnceWhenSmtpIsBackAndKeepsFailingIntoTheLog() throws Exception {
        TestServers.stopMail();
        Mail waiting = invitation(email);
        queue.add(waiting);

        // down: two attempts fail, each pushing the next try a little later
        dispatcher.dispatchDue();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        Mail failing = queue.log(network, MailStatus.PENDING, 0, 10).items().get(0);
        assertThat(failing.id()).isEqualTo(waiting.id());
        assertThat(failing.attempts()).isEqualTo(2);
        assertThat(failing.lastError()).isNotBlank();

        MailServer smtp = TestServers.restartMail();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue();
        assertThat(java.util.Arrays.stream(smtp.received()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        })).hasSize(1);
        assertThat(queue.log(network, MailStatus.SENT, 0, 10).items()).extracting(Mail::id).containsExactly(waiting.id());

        // a mail that keeps failing: the server stays away
        TestServers.stopMail();
        Mail doomed = invitation(newAddress("doomed"));
        queue.add(doomed);
        for (int attempt = 0; attempt < 6; attempt++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(10));
        }
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        Response log = admin.get("/api/networks/" + network + "/mail-log?status=FAILED");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().get("items").get(0).get("id").asString()).isEqualTo(doomed.id());
        assertThat(log.json().get("items").get(0).get("attempts").asInt()).isEqualTo(4);
        assertThat(log.json().get("items").get(0).get("subject").asString()).contains("Table");
        // what it is about, which a mail not yet sent has no subject to say
        assertThat(log.json().get("items").get(0).get("initiativeName").asString()).isEqualTo(doomed.initiativeName());
        assertThat(api(tokens().token("alice", network)).get("/api/networks/" + network + "/mail-log").status())
                .isEqualTo(403);
    }
}
