package org.backboneplanner.worksheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/** Only a token from our issuer, for our audience, signed with its key and not expired, gets in. */
class TokenValidationTest extends ServiceIntegrationTest {

    private final String network = newNetwork();
    private final String path = "/api/networks/" + network + "/initiatives";

    @Test
    void aValidTokenGetsIn() {
        assertThat(api(tokens().token("alice", network)).get(path).status()).isEqualTo(200);
    }

    @Test
    void noTokenIs401Problem() {
        Response response = api(null).get(path);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = tokens().of("alice").networks(List.of(network)).expiresAt(Instant.now().minusSeconds(300)).sign();
        assertThat(api(expired).get(path).status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String forged = tokens().of("alice").networks(List.of(network)).forged().sign();
        assertThat(api(forged).get(path).status()).isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        String unsigned = tokens().of("alice").networks(List.of(network)).unsigned();
        assertThat(api(unsigned).get(path).status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String otherAudience = tokens().of("alice").networks(List.of(network)).audience("some-other-api").sign();
        assertThat(api(otherAudience).get(path).status()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        String otherIssuer = tokens().of("alice").networks(List.of(network)).issuer("http://evil.example/realms/backbone").sign();
        assertThat(api(otherIssuer).get(path).status()).isEqualTo(401);
    }

    @Test
    void healthIsOpenAndReportsMongoAndKafka() {
        Response health = api(null).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    }
}
