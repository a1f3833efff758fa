package org.backboneplanner.testsupport;

import org.backboneplanner.localservers.MailServer;
import org.backboneplanner.localservers.MongoWireServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers a service's integration tests share in one JVM, started on first use and stopped
 * when the JVM ends: Kafka (KRaft), the MongoDB wire-protocol server, and the token issuer. Tests keep
 * apart by using networks and ids of their own, as tenants do.
 */
public final class TestServers {

    private static KafkaTestBroker kafka;
    private static MongoWireServer mongo;
    private static TestTokens tokens;
    private static MailServer mail;

    private TestServers() {
    }

    public static synchronized KafkaTestBroker kafka() {
        if (kafka == null) {
            kafka = KafkaTestBroker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }

    public static synchronized MongoWireServer mongo() {
        if (mongo == null) {
            mongo = MongoWireServer.inMemory(0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo;
    }

    public static synchronized TestTokens tokens() {
        if (tokens == null) {
            tokens = new TestTokens();
            Runtime.getRuntime().addShutdownHook(new Thread(tokens::close));
        }
        return tokens;
    }

    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close));
        }
        return mail;
    }

    /** Stops the SMTP server, e.g. to test an outage; {@link #restartMail()} brings it back on the same ports. */
    public static synchronized void stopMail() {
        mail().close();
    }

    public static synchronized MailServer restartMail() {
        int smtp = mail.smtpPort();
        int imap = mail.imapPort();
        mail = MailServer.start(smtp, imap);
        return mail;
    }

    /** Points a service at the shared Kafka, MongoDB (database {@code database}) and token issuer. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> mongo().uri(database));
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().bootstrapServers());
        registerTokens(registry);
    }

    public static void registerTokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> tokens().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> tokens().jwkSetUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
    }

    public static void registerMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail().smtpPort());
    }
}
