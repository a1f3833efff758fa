package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.backboneplanner.notification.scale.SmtpSink;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each sender sends its share of the due mails over one SMTP connection, not one connection per mail; a message
 * the server refuses fails alone (retried later, like any failed send) and the others of its connection go.
 */
class SharedConnectionTest {

    private static final int MAILS = 20;
    private static final int SENDERS = 2;

    @Test
    void eachSenderSendsItsShareOverOneConnectionAndARefusedMailFailsAlone() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String network = "net-" + run;
        String refused = "guest-" + run + "-7@example.org";
        SmtpSink smtp = new SmtpSink();
        smtp.refuse(refused);
        try (ConfigurableApplicationContext service = SendersAgainstASink.start(run, smtp, SENDERS)) {
            MailQueue queue = service.getBean(MailQueue.class);
            SendersAgainstASink.queueInvitations(service, run, network, MAILS);

            int sent = service.getBean(MailDispatcher.class).dispatchDue();

            assertThat(sent).isEqualTo(MAILS - 1);
            assertThat(smtp.connections()).as("one connection per sender").isLessThanOrEqualTo(SENDERS);
            List<Mail> ours = queue.log(network, null, 0, 200).items();
            assertThat(ours).filteredOn(m -> m.recipient().equals(refused)).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(MailStatus.PENDING);
                assertThat(m.attempts()).isEqualTo(1);
                assertThat(m.lastError()).isNotBlank();
            });
            assertThat(ours).filteredOn(m -> !m.recipient().equals(refused))
                    .hasSize(MAILS - 1).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT));
        }
        Map<String, Integer> received = smtp.receivedByRecipient();
        smtp.close();
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, MAILS).filter(i -> i != 7)
                .mapToObj(i -> "guest-" + run + "-" + i + "@example.org").toList());
        assertThat(received).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
    }
}
