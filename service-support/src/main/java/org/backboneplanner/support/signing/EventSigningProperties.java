package org.backboneplanner.support.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key the services share to sign the events they publish and check the ones they consume
 * ({@code BACKBONE_EVENT_SIGNING_KEY} in compose).
 *
 * @param key         signs every event published, and checks every event consumed
 * @param previousKey also accepted on reading, while a new key replaces it (then remove it)
 * @param required    refuse unsigned events; off only to read, once, topics written before events were signed
 */
@ConfigurationProperties("backbone.event.signing")
public record EventSigningProperties(@DefaultValue(EventSignature.DEVELOPMENT_KEY) String key, String previousKey,
                                     @DefaultValue("true") boolean required) {
}
