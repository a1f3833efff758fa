package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.backboneplanner.notification.NotificationServiceApplication;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Two notification-service instances side by side on the same database never send the same mail twice. */
class TwoInstancesTest extends NotificationTest {

    @Test
    void twoInstancesDispatchingTogetherSendEachMailExactlyOnce() throws Exception {
        // both instances must share one notion of now, as NTP-synchronised replicas do: a claim is
        // released when its lease ends by the reader's clock
        clock.set(Instant.now());
        String run = UUID.randomUUID().toString().substring(0, 8);
        int mails = 150;
        for (int i = 0; i < mails; i++) {
            queue.add(Mail.pending("test|" + run + "|" + i, MailKind.INVITATION, null, network, initiative, "Table", null,
                    null, null, null, "guest-" + run + "-" + i + "@example.org", "Guest " + i, "fr", null, 0,
                    java.util.Map.of("invitedBy", "Alice", "role", "GUEST"), null, Instant.now().minusSeconds(60)));
        }
        // a second instance of the service, as a second replica would run: same database, same SMTP server
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=" + TestServers.mongo().uri("service"),
                        "--spring.kafka.bootstrap-servers=" + TestServers.kafka().bootstrapServers(),
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestServers.mail().smtpPort(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestServers.tokens().issuer(),
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestServers.tokens().jwkSetUri(),
                        "--backbone.notification.poll-interval=1h", "--backbone.notification.batch-size=10")) {
            MailDispatcher other = second.getBean(MailDispatcher.class);

            var mine = CompletableFuture.supplyAsync(dispatcher::dispatchDue);
            var theirs = CompletableFuture.supplyAsync(other::dispatchDue);
            mine.get();
            theirs.get();
        }
        List<Mail> ours = java.util.stream.IntStream.range(0, mails)
                .mapToObj(i -> queue.log(network, null, 0, 200).items().stream()
                        .filter(m -> m.id().equals("test|" + run + "|" + i)).findFirst().orElseThrow()).toList();
        assertThat(ours).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT));
        assertThat(ours).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
        assertThat(ours.stream().map(Mail::claimedBy).distinct()).as("both instances took part").hasSize(2);
        List<MimeMessage> received = Arrays.stream(TestServers.mail().received()).filter(m -> recipient(m)
                .startsWith("guest-" + run)).toList();
        Set<String> recipients = new HashSet<>();
        received.forEach(m -> recipients.add(recipient(m)));
        assertThat(received).hasSize(mails);
        assertThat(recipients).hasSize(mails);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
