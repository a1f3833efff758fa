package org.backboneplanner.testsupport;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on a random port against real servers: Kafka (KRaft), the MongoDB wire-protocol server,
 * an SMTP server, and a token issuer serving its JWKS over HTTP. The servers live as long as the
 * test JVM; tests keep apart by working in networks of their own, as tenants do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "service");
        TestServers.registerMail(registry);
    }

    protected static TestTokens tokens() {
        return TestServers.tokens();
    }

    /** A network nobody else in this JVM uses. */
    protected static String newNetwork() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected ApiClient api(String token) {
        return new ApiClient("http://127.0.0.1:" + port, token);
    }
}
