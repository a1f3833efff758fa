package org.backboneplanner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

/**
 * What every service checks in a bearer token itself, whatever the gateway did: only a token from our
 * issuer, for our audience, signed with the issuer's published key, not expired, gets in; anything else is
 * 401 problem+json, never read as an anonymous or partial member. A service's test class implements this
 * interface (JUnit runs its default methods as that class's tests) and names a path a member reads.
 */
public interface TokenChecks {

    /** A client of the service under test, as the holder of {@code token} (null: no token). */
    ApiClient client(String token);

    /** A path that a member of {@code network} reads with 200. */
    String readablePath(String network);

    private String network() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Response as(String network, String token) {
        return client(token).get(readablePath(network));
    }

    private static TestTokens.Builder member(String network) {
        return TestServers.tokens().of("alice").networks(List.of(network));
    }

    private static void refused(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    default void aValidTokenGetsIn() {
        String network = network();
        assertThat(as(network, member(network).sign()).status()).isEqualTo(200);
    }

    @Test
    default void noTokenIs401Problem() {
        refused(as(network(), null));
    }

    @Test
    default void anExpiredTokenIs401() {
        String network = network();
        refused(as(network, member(network).expiresAt(Instant.now().minusSeconds(300)).sign()));
    }

    @Test
    default void aTokenSignedWithAnotherKeyIs401() {
        String network = network();
        refused(as(network, member(network).forged().sign()));
    }

    @Test
    default void anUnsignedAlgNoneTokenIs401() {
        String network = network();
        refused(as(network, member(network).unsigned()));
    }

    /** A real token whose claims were changed after signing: the signature no longer matches them. */
    @Test
    default void aTokenWhoseClaimsWereChangedAfterSigningIs401() {
        String network = network();
        String[] parts = TestServers.tokens().of("alice").networks(List.of("somewhere-else")).sign().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("somewhere-else", network);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        refused(as(network, tampered));
    }

    @Test
    default void aTokenForAnotherAudienceIs401() {
        String network = network();
        refused(as(network, member(network).audience("some-other-api").sign()));
    }

    @Test
    default void aTokenFromAnotherIssuerIs401() {
        String network = network();
        refused(as(network, member(network).issuer("http://evil.example/realms/backbone").sign()));
    }
}
