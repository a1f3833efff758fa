package org.backboneplanner.support.consumption;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.support.signing.EventSignature;

/**
 * What a consumer takes from a topic, trusting only what it can check: a record signed with the services'
 * key ({@link EventSignature}), holding an event of a type this topic carries, for a network and aggregates
 * named as ids are, with a sequence in range. Anything else is refused as an {@link IllegalArgumentException},
 * which sends the record to the dead-letter topic at once (a forged or broken record never reaches a
 * projection). Types this version does not know are skipped, so producers can add types without breaking
 * anyone.
 */
public final class ConsumedEvents {

    /** Network aliases, aggregate and member ids: never a dot or a dollar, which MongoDB reads as paths. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:@-]{0,63}");
    private static final long MAX_SEQUENCE = 1_000_000_000L;

    private final EventSignature signature;
    private final boolean signatureRequired;

    public ConsumedEvents(EventSignature signature, boolean signatureRequired) {
        this.signature = signature;
        this.signatureRequired = signatureRequired;
    }

    /**
     * @throws IllegalArgumentException for a record that is not a signed, sound event of its topic
     */
    public Optional<EventEnvelope> read(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventSignature.HEADER);
        if (header == null ? signatureRequired : !signature.verifies(record.value(), header.value())) {
            throw new IllegalArgumentException("the record is not signed by a service: refused");
        }
        Optional<EventEnvelope> event = EventJson.readIfKnown(record.value());
        event.ifPresent(e -> check(record.topic(), e));
        return event;
    }

    static void check(String topic, EventEnvelope event) {
        String family = event.payload().getClass().getPackageName();
        boolean worksheet = family.endsWith(".worksheet");
        if (Topics.WORKSHEET.equals(topic) && !worksheet || Topics.PARTNER.equals(topic) && !family.endsWith(".partner")
                || Topics.DEBRIEF.equals(topic) && !family.endsWith(".debrief")) {
            throw new IllegalArgumentException("a " + event.type() + " event does not belong on " + topic);
        }
        requireId("networkId", event.networkId());
        requireId("aggregateId", event.aggregateId());
        if (worksheet || family.endsWith(".debrief") || event.initiativeId() != null) {
            requireId("initiativeId", event.initiativeId());
        }
        if (event.sequence() > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence " + event.sequence() + " is out of range");
        }
        Audience audience = audience(event);
        if (audience != null) {
            audience.members().forEach(part -> requireId("audience.memberId", part.memberId()));
        }
    }

    private static Audience audience(EventEnvelope event) {
        if (event.payload() instanceof InitiativeCreated created) {
            return created.audience();
        } else if (event.payload() instanceof InitiativeDetailsChanged details) {
            return details.audience();
        } else if (event.payload() instanceof MemberJoined joined) {
            return joined.audience();
        } else if (event.payload() instanceof MemberRoleChanged changed) {
            return changed.audience();
        }
        return null;
    }

    private static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not an id: " + abbreviate(value));
        }
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
