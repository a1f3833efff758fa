package org.backboneplanner.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.backboneplanner.gateway.EchoService;
import org.backboneplanner.gateway.ResettingService;
import org.backboneplanner.localservers.FreePorts;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances behind one service's routes: the gateway takes them in turn, and when one is gone (its
 * port refuses connections) every request, reads and writes alike, reaches the other one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceInstancesTest {

    private static final EchoService FIRST = EchoService.start("worksheet");
    private static final EchoService SECOND = EchoService.start("worksheet");
    private static final EchoService PARTNER = EchoService.start("partner");
    private static final int GONE = closedPort();
    private static final ResettingService RESETTING = resetting();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("backbone.services.worksheet", () -> FIRST.url() + "," + SECOND.url());
        // an instance that is gone, between two that answer
        registry.add("backbone.services.partner", () -> "http://127.0.0.1:" + GONE + "," + PARTNER.url());
        registry.add("backbone.services.debrief", RESETTING::url);
        TestServers.registerTokens(registry);
    }

    @AfterAll
    static void stop() {
        FIRST.close();
        SECOND.close();
        PARTNER.close();
        try {
            RESETTING.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResettingService resetting() {
        try {
            return new ResettingService();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on, below the ephemeral range: no listener of this JVM (port 0) can take it later. */
    private static int closedPort() {
        return FreePorts.free();
    }

    private ApiClient alice() {
        return new ApiClient("http://127.0.0.1:" + port, TestServers.tokens().token("alice", "monteregie"));
    }

    @Test
    void requestsAreSharedBetweenTheInstancesOfAService() {
        int firstBefore = FIRST.requestCount();
        int secondBefore = SECOND.requestCount();
        for (int i = 0; i < 10; i++) {
            assertThat(alice().get("/api/networks/monteregie/initiatives").status()).isEqualTo(200);
        }

        assertThat(FIRST.requestCount() - firstBefore).isEqualTo(5);
        assertThat(SECOND.requestCount() - secondBefore).isEqualTo(5);
    }

    @Test
    void aReadOrAWriteMeetingAnInstanceThatIsGoneGoesToTheNextOneAndSucceeds() {
        int before = PARTNER.requestCount();
        for (int i = 0; i < 6; i++) {
            Response read = alice().get("/api/networks/monteregie/partners");
            Response write = alice().post("/api/networks/monteregie/partners", Map.of("name", "Partenaire " + i));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(write.status()).as(write.body()).isEqualTo(200);
            assertThat(write.json().get("service").asString()).isEqualTo("partner");
        }

        assertThat(PARTNER.requestCount() - before).isEqualTo(12);
    }

    @Test
    void aServiceThatResetsTheConnectionUnderARequestIsABadGatewayNotAnInternalError() {
        Response read = alice().get("/api/networks/monteregie/initiatives/i/debrief");
        Response write = alice().put("/api/networks/monteregie/initiatives/i/debrief/ratings/POLICY",
                Map.of("score", 3));

        for (Response answer : java.util.List.of(read, write)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(502);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        // the service may have acted on the write it had whole: it is never sent again
        assertThat(RESETTING.requests()).filteredOn(line -> line.startsWith("PUT ")).hasSize(1);
        System.out.println("RESET requests seen by the service: " + RESETTING.requests());
    }
}
