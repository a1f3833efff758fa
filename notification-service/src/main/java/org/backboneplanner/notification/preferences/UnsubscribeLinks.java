package org.backboneplanner.notification.preferences;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.backboneplanner.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that work without logging in: the token is the address and an HMAC-SHA256 of it,
 * so nobody can unsubscribe an address they cannot receive mail for.
 */
@Component
public class UnsubscribeLinks {

    private final NotificationProperties properties;

    static final String DEV_SECRET = "dev-only-unsubscribe-secret-change-me";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UnsubscribeLinks.class);

    UnsubscribeLinks(NotificationProperties properties) {
        this.properties = properties;
        if (DEV_SECRET.equals(properties.unsubscribeSecret())) {
            // anyone who reads this repository can sign links with it: fine on a laptop, never in production
            log.warn("Unsubscribe links are signed with the development key; set BACKBONE_NOTIFICATION_UNSUBSCRIBE_SECRET");
        }
    }

    public String link(String email) {
        return properties.publicUrl() + "/api/unsubscribe?token=" + token(email);
    }

    String token(String email) {
        String address = PreferencesStore.key(email);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(address.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(sign(address));
    }

    /** The address a token names, when its signature holds. */
    Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String address = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            return MessageDigest.isEqual(signature, sign(address)) ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + address).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
