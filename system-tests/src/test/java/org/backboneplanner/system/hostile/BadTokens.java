package org.backboneplanner.system.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens that must all be refused, made from a real Keycloak token of alice: signed by a key of our
 * own (with Keycloak's key id, or another issuer, or the key embedded in the header), unsigned
 * ({@code alg: none}), HMAC-signed with Keycloak's public key, with a changed claim or a changed
 * signature, expired, or real but for another audience.
 */
final class BadTokens {

    static final String AUDIENCE = "backbone-api";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private BadTokens() {
    }

    /** Name → token, in a fixed order. */
    static Map<String, String> from(String realToken, String issuer) {
        try {
            String[] parts = realToken.split("\\.");
            ObjectNode header = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String kid = header.path("kid").asString();
            RSAKey ours = ownKey(kid);
            RSAKey keycloak = keycloakKey(issuer, kid);
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("signed by another key with Keycloak's kid", sign(claims, ours, kid, false));
            ObjectNode foreign = claims.deepCopy();
            foreign.put("iss", "https://attacker.example/realms/backbone");
            tokens.put("foreign issuer", sign(foreign, ownKey("attacker"), "attacker", false));
            tokens.put("own key embedded as jwk", sign(claims, ours, kid, true));
            tokens.put("alg none", unsigned("none", parts[1]));
            tokens.put("alg NoNe", unsigned("NoNe", parts[1]));
            tokens.put("HS256 keyed with Keycloak's public key", hmac(claims, keycloak, kid));
            tokens.put("signature changed", parts[0] + "." + parts[1] + "." + flip(parts[2]));
            ObjectNode elevated = claims.deepCopy();
            elevated.putArray("organization").add("monteregie").add("estrie");
            elevated.putObject("realm_access").putArray("roles").add("network-admin:monteregie").add("network-admin:estrie");
            tokens.put("claim changed, signature kept", parts[0] + "." + encode(elevated) + "." + parts[2]);
            ObjectNode later = claims.deepCopy();
            later.put("exp", Instant.now().plusSeconds(86_400).getEpochSecond());
            tokens.put("expiry moved, signature kept", parts[0] + "." + encode(later) + "." + parts[2]);
            tokens.put("signature removed", parts[0] + "." + parts[1] + ".");
            tokens.put("not a JWT", "not-a-token");
            return tokens;
        } catch (Exception e) {
            throw new IllegalStateException("cannot make bad tokens", e);
        }
    }

    /**
     * A real token of alice from a throw-away client whose tokens live one second, so that once the
     * validators' clock skew has passed it is a genuinely expired Keycloak token.
     */
    static String shortLived(String keycloakUrl, String issuer, String user) {
        return fromCopyOfTheCli(keycloakUrl, issuer, "hostile-short-lived", true, user);
    }

    /** A real token of alice, signed by Keycloak, from a client that does not put our audience in it. */
    static String otherAudience(String keycloakUrl, String issuer, String user) {
        return fromCopyOfTheCli(keycloakUrl, issuer, "hostile-other-audience", false, user);
    }

    /**
     * Creates (through Keycloak's admin API) a copy of the dev client {@code backbone-cli}, with tokens
     * that live one second, or without the audience mapper; then gets a token from it.
     */
    private static String fromCopyOfTheCli(String keycloakUrl, String issuer, String clientId, boolean shortLived,
                                           String user) {
        HttpClient http = HttpClient.newHttpClient();
        String admin = JSON.readTree(post(http, keycloakUrl + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin", null))
                .path("access_token").asString();
        String clients = keycloakUrl + "/admin/realms/backbone/clients";
        ObjectNode client = (ObjectNode) JSON.readTree(get(http, clients + "?clientId=backbone-cli", admin)).get(0);
        client.remove("id");
        client.remove("access");
        client.put("clientId", clientId);
        tools.jackson.databind.node.ArrayNode mappers = client.withArrayProperty("protocolMappers");
        for (int i = mappers.size() - 1; i >= 0; i--) {
            ((ObjectNode) mappers.get(i)).remove("id");
            if (!shortLived && "oidc-audience-mapper".equals(mappers.get(i).path("protocolMapper").asString())) {
                mappers.remove(i);
            }
        }
        if (shortLived) {
            client.withObjectProperty("attributes").put("access.token.lifespan", "1");
        }
        post(http, clients, client.toString(), admin);
        return JSON.readTree(post(http, issuer + "/protocol/openid-connect/token", "grant_type=password"
                + "&client_id=" + clientId + "&username=" + user + "&password=" + user + "&scope="
                + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8), null)).path("access_token").asString();
    }

    static long expiry(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("exp").asLong();
    }

    private static String sign(ObjectNode claims, RSAKey key, String kid, boolean embedJwk) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid);
        if (embedJwk) {
            header.jwk(key.toPublicJWK());
        }
        SignedJWT jwt = new SignedJWT(header.build(), JWTClaimsSet.parse(claims.toString()));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String hmac(ObjectNode claims, RSAKey keycloak, String kid) throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keycloak.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                JWTClaimsSet.parse(claims.toString()));
        jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String unsigned(String alg, String payload) {
        return B64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8))
                + "." + payload + ".";
    }

    private static String flip(String signature) {
        int i = signature.length() / 2;
        char c = signature.charAt(i) == 'A' ? 'B' : 'A';
        return signature.substring(0, i) + c + signature.substring(i + 1);
    }

    private static String encode(ObjectNode node) {
        return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RSAKey ownKey(String kid) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(kid).build();
    }

    private static RSAKey keycloakKey(String issuer, String kid) throws Exception {
        List<com.nimbusds.jose.jwk.JWK> keys = JWKSet.parse(get(HttpClient.newHttpClient(),
                issuer + "/protocol/openid-connect/certs", null)).getKeys();
        return keys.stream().filter(k -> kid.equals(k.getKeyID())).findFirst().orElse(keys.get(0)).toRSAKey();
    }

    private static String get(HttpClient http, String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(http, request.build());
    }

    private static String post(HttpClient http, String url, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json");
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return send(http, request.build());
    }

    private static String send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 409) { // 409: the client exists already
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
