package org.backboneplanner.support.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EventSignatureTest {

    private static final String EVENT = "{\"type\":\"MemberJoined\",\"networkId\":\"monteregie\"}";

    @Test
    void aServiceSignatureVerifiesAndAnythingElseDoesNot() {
        EventSignature services = new EventSignature("the-services-key", null);
        byte[] signature = services.sign(EVENT);

        assertThat(services.verifies(EVENT, signature)).isTrue();
        assertThat(services.verifies(EVENT.replace("monteregie", "estrie"), signature)).isFalse();
        assertThat(services.verifies(EVENT, new EventSignature("a-forgers-key", null).sign(EVENT))).isFalse();
        assertThat(services.verifies(EVENT, "not base64!".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(services.verifies(EVENT, null)).isFalse();
    }

    @Test
    void whileAKeyIsReplacedEventsSignedWithThePreviousOneStillVerify() {
        byte[] old = new EventSignature("old-key", null).sign(EVENT);

        assertThat(new EventSignature("new-key", "old-key").verifies(EVENT, old)).isTrue();
        assertThat(new EventSignature("new-key", null).verifies(EVENT, old)).isFalse();
    }
}
