package org.backboneplanner.notification.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.notification.NotificationServiceApplication;
import org.backboneplanner.notification.scale.SmtpSink;
import org.backboneplanner.testsupport.TestServers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A notification-service of its own (database and consumer group named after {@code run}) whose mail goes to
 * {@code smtp} through {@code senders} senders, nothing scheduled: the dispatch tests call it themselves.
 */
final class SendersAgainstASink {

    private SendersAgainstASink() {
    }

    static ConfigurableApplicationContext start(String run, SmtpSink smtp, int senders) {
        return start(run, smtp, Map.of("scheduling", "false", "senders", String.valueOf(senders)));
    }

    /**
     * The same with these {@code backbone.notification.*} settings; two started with one {@code run} share their
     * database and consumer group, as replicas do.
     */
    static ConfigurableApplicationContext start(String run, SmtpSink smtp, Map<String, String> notification) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.mongodb.uri=" + TestServers.mongo().uri("notification-senders-" + run),
                "--spring.kafka.bootstrap-servers=" + TestServers.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=senders-" + run,
                "--spring.kafka.consumer.auto-offset-reset=latest",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestServers.tokens().issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestServers.tokens().jwkSetUri()));
        notification.forEach((name, value) -> args.add("--backbone.notification." + name + "=" + value));
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(args.toArray(String[]::new));
    }

    /** Queues {@code count} invitations due now, to guest-{run}-{i}@example.org in {@code network}. */
    static void queueInvitations(ConfigurableApplicationContext service, String run, String network, int count) {
        MailQueue queue = service.getBean(MailQueue.class);
        Clock clock = service.getBean(Clock.class);
        for (int i = 0; i < count; i++) {
            queue.add(Mail.invitation("test|" + run + "|" + i, Mail.About.initiative(network, "initiative", "Table"),
                    new Mail.To("guest-" + run + "-" + i + "@example.org", "Guest " + i, "fr"),
                    Map.of("invitedBy", "Alice", "role", "GUEST"), clock.instant()));
        }
    }
}
