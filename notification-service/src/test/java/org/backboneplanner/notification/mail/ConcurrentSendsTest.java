package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.backboneplanner.notification.scale.SmtpSink;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance sends a batch's due mails a few at a time (each still claimed on its own), against an SMTP
 * server slow enough that sends overlap only if they run side by side: each mail arrives once, and the
 * server received several at once.
 */
class ConcurrentSendsTest {

    private static final int MAILS = 12;

    @Test
    void dueMailsGoSeveralAtATimeEachOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String network = "net-" + run;
        SmtpSink smtp = new SmtpSink(Duration.ofMillis(200));
        try (ConfigurableApplicationContext service = SendersAgainstASink.start(run, smtp, 4)) {
            MailQueue queue = service.getBean(MailQueue.class);
            SendersAgainstASink.queueInvitations(service, run, network, MAILS);

            int sent = service.getBean(MailDispatcher.class).dispatchDue();

            assertThat(sent).isEqualTo(MAILS);
            List<Mail> ours = queue.log(network, null, 0, 200).items();
            assertThat(ours).hasSize(MAILS).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT));
        }
        Map<String, Integer> received = smtp.receivedByRecipient();
        smtp.close();
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, MAILS)
                .mapToObj(i -> "guest-" + run + "-" + i + "@example.org").toList());
        assertThat(received).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
        assertThat(smtp.mostAtOnce()).as("mails received side by side").isGreaterThan(1);
    }
}
