package org.backboneplanner.debrief.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may read an initiative's debrief converges on the worksheet's own answer: an event that changes
 * access carries the whole audience, so missing one (lost, dead-lettered) is mended by the next. And a
 * record that makes no sense (not signed by a service, another network for a known initiative, ids MongoDB
 * would read as paths) goes to the dead-letter topic without touching the projection.
 */
class ConvergingAccessTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String network;
    private String initiative;
    private String debrief;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        initiative = UUID.randomUUID().toString();
        debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(long sequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, sequence, payload));
    }

    private static Audience audience(String... membersThenRoles) {
        List<Audience.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < membersThenRoles.length; i += 2) {
            parts.add(new Audience.Part(membersThenRoles[i], InitiativeRole.valueOf(membersThenRoles[i + 1])));
        }
        return new Audience(Visibility.MEMBERS, parts);
    }

    @Test
    void aRemovedMemberLosesAccessAtTheNextAccessEventEvenIfTheRemovalWasLost() {
        ApiClient gaston = api(tokens().token("gaston", network));
        publish(1, new InitiativeCreated("Confidentielle", "", "alice", Maturity.EMERGING, 2027, 2029, List.of("fr"),
                Visibility.MEMBERS, audience("alice", "COORDINATOR", "gaston", "PARTNER")));
        await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(debrief).status() == 200);

        // sequence 2, gaston's removal, never arrives; the next change of access says who is in now
        publish(3, new MemberJoined("zoe", "zoe@example.org", "Zoé", InitiativeRole.GUEST,
                audience("alice", "COORDINATOR", "zoe", "GUEST")));

        await().atMost(Duration.ofSeconds(20)).until(() -> gaston.get(debrief).status() == 404);
        assertThat(api(tokens().token("zoe", network)).get(debrief).status()).isEqualTo(200);
        assertThat(api(tokens().token("alice", network)).get(debrief).status()).isEqualTo(200);
    }

    @Test
    void recordsThatMakeNoSenseGoToTheDeadLetterTopicAndChangeNothing() {
        ApiClient alice = api(tokens().token("alice", network));
        publish(1, new InitiativeCreated("Ouverte", "", "alice", Maturity.EMERGING, 2027, 2029, List.of("fr"),
                Visibility.NETWORK, audience("alice", "COORDINATOR")));
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(debrief).status() == 200);

        String otherNetwork = newNetwork();
        EventEnvelope foreign = EventEnvelope.of(otherNetwork, initiative, initiative, 2, Instant.now(),
                SampleEvents.ALICE, new InitiativeCreated("Volée", "", "mallory", Maturity.EMERGING, 2027, 2029,
                        List.of("fr"), Visibility.NETWORK, audience("mallory", "COORDINATOR")));
        EventEnvelope dollar = EventEnvelope.of(network, initiative, initiative, 3, Instant.now(), SampleEvents.ALICE,
                new MemberJoined("$where", "x@example.org", "X", InitiativeRole.COORDINATOR,
                        new Audience(Visibility.NETWORK, List.of(new Audience.Part("a.b", InitiativeRole.COORDINATOR)))));
        // signed, but with a key of one's own, or not signed at all: what anyone who reaches Kafka could write
        EventEnvelope forged = EventEnvelope.of(network, initiative, initiative, 4, Instant.now(), SampleEvents.ALICE,
                new InitiativeDetailsChanged("Forgée", "", Maturity.EMERGING, 2027, 2029, List.of("fr"), Visibility.NETWORK,
                        audience("mallory", "COORDINATOR")));
        EventEnvelope unsigned = EventEnvelope.of(network, initiative, initiative, 5, Instant.now(), SampleEvents.ALICE,
                new InitiativeDetailsChanged("Non signée", "", Maturity.EMERGING, 2027, 2029, List.of("fr"),
                        Visibility.NETWORK, audience("mallory", "COORDINATOR")));
        publisher.publish(Topics.WORKSHEET, foreign);
        publisher.publish(Topics.WORKSHEET, dollar);
        publisher.publishSignedWith(new EventSignature("a-forgers-key", null), Topics.WORKSHEET, forged);
        publisher.publishRaw(Topics.WORKSHEET, initiative, EventJson.write(unsigned));

        try (EventTap dead = new EventTap(TestServers.kafka().bootstrapServers(), Topics.deadLetter(Topics.WORKSHEET))) {
            dead.awaitEvents(initiative, events -> events.stream().map(EventEnvelope::id).toList()
                    .containsAll(List.of(foreign.id(), dollar.id(), forged.id(), unsigned.id())), Duration.ofSeconds(30));
        }
        assertThat(alice.get(debrief).json().get("initiativeName").asString()).isEqualTo("Ouverte");
        assertThat(api(tokens().token("mallory", otherNetwork)).get(
                "/api/networks/" + otherNetwork + "/initiatives/" + initiative + "/debrief").status()).isEqualTo(404);
    }
}
