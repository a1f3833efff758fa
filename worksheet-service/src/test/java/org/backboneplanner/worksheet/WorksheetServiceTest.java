package org.backboneplanner.worksheet;

import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.TestServers;
import org.backboneplanner.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service against real servers: Kafka (KRaft), the MongoDB wire-protocol server, and a token
 * issuer serving its JWKS over HTTP. Each test works in networks of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WorksheetServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "worksheet");
    }

    protected static TestTokens tokens() {
        return TestServers.tokens();
    }

    protected static String newNetwork() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected ApiClient api(String token) {
        return new ApiClient("http://127.0.0.1:" + port, token);
    }
}
