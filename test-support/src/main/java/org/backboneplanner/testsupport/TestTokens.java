package org.backboneplanner.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for tests: RS256 tokens shaped like the realm's (organizations, realm roles,
 * audience), signed by a key whose JWKS is served over real HTTP, so services validate them exactly
 * as they validate Keycloak's. It can also mint the tokens that must be refused.
 */
public final class TestTokens implements AutoCloseable {

    public static final String AUDIENCE = "backbone-api";

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final HttpServer server;
    private final String issuer;

    public TestTokens() {
        this.key = rsaKey("test-key");
        this.foreignKey = rsaKey("test-key"); // same key id, other key: a forgery
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/backbone";
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/realms/backbone/protocol/openid-connect/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    /** A member token: {@code networks} lists aliases; {@code adminOf} adds the per-network admin role. */
    public String token(String subject, List<String> networks, List<String> adminOf) {
        return of(subject).networks(networks).adminOf(adminOf).sign();
    }

    public String token(String subject, String... networks) {
        return of(subject).networks(List.of(networks)).sign();
    }

    public Builder of(String subject) {
        return new Builder(subject);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds one token; every claim has the realm's default until changed. */
    public final class Builder {
        private final String subject;
        private List<String> networks = List.of();
        private List<String> adminOf = List.of();
        private String name;
        private String email;
        private String locale = "fr";
        private String audience = AUDIENCE;
        private String tokenIssuer = issuer;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private boolean forged;
        private boolean emailVerified = true;
        private final Map<String, String> networkNames = new LinkedHashMap<>();

        private Builder(String subject) {
            this.subject = subject;
            this.name = subject;
            this.email = subject + "@example.org";
        }

        public Builder networks(List<String> aliases) {
            this.networks = aliases;
            return this;
        }

        public Builder adminOf(List<String> aliases) {
            this.adminOf = aliases;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder locale(String value) {
            this.locale = value;
            return this;
        }

        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        public Builder issuer(String value) {
            this.tokenIssuer = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        /** The name the token gives a network ("Réseau " + alias unless set). */
        public Builder networkName(String alias, String networkName) {
            this.networkNames.put(alias, networkName);
            return this;
        }

        /** An address the member has not verified (e.g. just changed in their account). */
        public Builder unverifiedEmail() {
            this.emailVerified = false;
            return this;
        }

        /** Signed by a key the issuer never published. */
        public Builder forged() {
            this.forged = true;
            return this;
        }

        public String sign() {
            // as the realm's mappers shape them: aliases in organization, id and name in networks
            Map<String, Object> details = new LinkedHashMap<>();
            networks.forEach(alias -> details.put(alias, Map.of("id", "org-" + alias,
                    "name", List.of(networkNames.getOrDefault(alias, "Réseau " + alias)))));
            List<String> roles = new ArrayList<>(List.of("default-roles-backbone"));
            adminOf.forEach(alias -> roles.add("network-admin:" + alias));
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject(subject)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("preferred_username", subject)
                    .claim("name", name)
                    .claim("email", email)
                    .claim("email_verified", emailVerified)
                    .claim("locale", locale)
                    .claim("organization", networks)
                    .claim("networks", details)
                    .claim("realm_access", Map.of("roles", roles))
                    .build();
            RSAKey signingKey = forged ? foreignKey : key;
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** The same claims with {@code alg: none} and no signature. */
        public String unsigned() {
            String[] parts = sign().split("\\.");
            String header = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            return header + "." + parts[1] + ".";
        }
    }
}
