package org.backboneplanner.support.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Events are signed by the service that publishes them (HMAC-SHA256 of the record's value, in the
 * {@value #HEADER} header) and checked by every consumer, so a record written to a topic by anyone
 * without the services' key (a forged membership, an access change) is refused, not applied.
 */
public final class EventSignature {

    public static final String HEADER = "backbone-signature";
    /** The key every development run and test shares; the services warn when they sign with it. */
    public static final String DEVELOPMENT_KEY = "dev-only-event-signing-key-change-me";

    private final byte[] key;
    private final byte[] previousKey;

    public EventSignature(String key, String previousKey) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("backbone.event.signing.key must be set");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.previousKey = previousKey == null || previousKey.isBlank() ? null
                : previousKey.getBytes(StandardCharsets.UTF_8);
    }

    public static EventSignature ofDevelopmentKey() {
        return new EventSignature(DEVELOPMENT_KEY, null);
    }

    /** The signature of a record's value, as the header carries it. */
    public byte[] sign(String value) {
        return Base64.getUrlEncoder().withoutPadding().encode(mac(key, value));
    }

    /** Whether a header's signature is the value's, under the key or the previous one. */
    public boolean verifies(String value, byte[] signature) {
        if (signature == null || value == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, value), given)
                || previousKey != null && MessageDigest.isEqual(mac(previousKey, value), given);
    }

    private static byte[] mac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
