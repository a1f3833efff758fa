package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.backboneplanner.notification.scale.SmtpSink;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two notification-service instances side by side on one database, against an SMTP server slow enough
 * that one instance's share of the mail takes longer than the claim lease: each mail still arrives once
 * (issue 9, defect 7: a batch sharing one lease was released by the other instance mid-send and sent
 * twice). Both are full applications on the system clock, polling by themselves, as replicas run.
 * Each claims at most {@code BATCH} mails per look, with one sender, so a look takes longer than the lease
 * and the other instance, polling meanwhile, always finds mails left to claim (with the default batch one
 * instance quick enough claimed all forty at its first look, and CI once saw only one instance take part).
 */
class TwoInstancesTest {

    private static final int MAILS = 40;
    private static final Duration SMTP_DELAY = Duration.ofMillis(250);
    private static final String LEASE = "2s";
    private static final int BATCH = 10;

    /** A full instance polling by itself on the system clock, as replicas run; two of one run share their database. */
    private static ConfigurableApplicationContext instance(String run, SmtpSink smtp) {
        return SendersAgainstASink.start(run, smtp, Map.of("scheduling", "true", "poll-interval", "100ms",
                "lease", LEASE, "batch-size", String.valueOf(BATCH), "senders", "1"));
    }

    @Test
    void twoInstancesAgainstASlowSmtpServerSendEachMailExactlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String network = "net-" + run;
        SmtpSink smtp = new SmtpSink(SMTP_DELAY);
        try (ConfigurableApplicationContext first = instance(run, smtp);
             ConfigurableApplicationContext second = instance(run, smtp)) {
            // both instances poll before any mail is added; a look's ten mails at 250 ms outlast the 2 s lease
            MailQueue queue = first.getBean(MailQueue.class);
            SendersAgainstASink.queueInvitations(first, run, network, MAILS);

            await().atMost(Duration.ofSeconds(60)).until(() -> queue.log(network, MailStatus.SENT, 0, 200).total() == MAILS);
            List<Mail> ours = queue.log(network, null, 0, 200).items();
            assertThat(ours).hasSize(MAILS).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT));
            assertThat(ours.stream().map(Mail::claimedBy).distinct()).as("both instances took part").hasSize(2);
        }
        // the instances are stopped: whatever either was still sending has arrived or never will
        Map<String, Integer> received = smtp.receivedByRecipient();
        smtp.close();
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, MAILS)
                .mapToObj(i -> "guest-" + run + "-" + i + "@example.org").toList());
        assertThat(received).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
    }
}
