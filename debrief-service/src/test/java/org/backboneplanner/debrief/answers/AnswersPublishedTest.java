package org.backboneplanner.debrief.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The group's answers leave debrief-service as events (the printed worksheet shows them): each write of an
 * answer is a signed {@code DebriefAnswered} on {@code backbone.debrief.v1}, keyed by the answer, numbered
 * in order, with the whole answer and who wrote it; a stale write publishes nothing.
 */
class AnswersPublishedTest extends ServiceIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DebriefAnswers answers;

    @Test
    void eachAnswerIsPublishedSignedAndInOrderAndAStaleWriteIsNot() {
        String network = newNetwork();
        String initiative = UUID.randomUUID().toString();
        String debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        ApiClient alice = api(tokens().of("alice").networks(List.of(network)).name("Alice Tremblay").sign());
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                    SampleEvents.initiativeCreated("Table", Visibility.NETWORK)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(debrief).status() == 200);
        String first = etag(alice, debrief);

        Response answered = put(alice, debrief, "Pas encore.", first);
        Response again = put(alice, debrief, "Oui : la Ville prête une salle.", answered.header("ETag"));
        Response stale = put(alice, debrief, "Non.", first);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        String answer = initiative + ":POOLED_RESOURCES";
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.DEBRIEF)) {
            List<EventEnvelope> events = tap.awaitEvents(answer, e -> e.size() >= 2, Duration.ofSeconds(20));
            assertThat(events).extracting(EventEnvelope::sequence).containsExactly(1L, 2L);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.networkId()).isEqualTo(network);
                assertThat(e.initiativeId()).isEqualTo(initiative);
                assertThat(e.actor()).isEqualTo("alice");
            });
            assertThat(events.get(1).payloadAs(DebriefAnswered.class)).isEqualTo(
                    new DebriefAnswered("POOLED_RESOURCES", "Oui : la Ville prête une salle.", "Alice Tremblay"));
            for (ConsumerRecord<String, String> record : tap.records(answer)) {
                assertThat(EventSignature.ofDevelopmentKey().verifies(record.value(),
                        record.headers().lastHeader(EventSignature.HEADER).value())).isTrue();
            }
            tap.poll();
            assertThat(tap.records(answer)).as("the stale write published nothing").hasSize(2);
        }
    }

    @Test
    void anAnswerStoredBeforeAnswersWerePublishedIsAnnouncedOnce() {
        String network = newNetwork();
        String initiative = UUID.randomUUID().toString();
        String id = initiative + ":WHAT_COMES_NEXT";
        mongo.insert(new Document("_id", id).append("networkId", network).append("initiativeId", initiative)
                .append("question", "WHAT_COMES_NEXT").append("answer", "Un plan sur cinq ans.")
                .append("answeredBy", "alice").append("answeredByName", "Alice Tremblay")
                .append("answeredAt", new java.util.Date()).append("version", 3L), DebriefAnswers.COLLECTION);

        answers.announceEarlierAnswers();
        answers.announceEarlierAnswers();

        assertThat(answers.of(network, initiative).get(2).etag()).isEqualTo(DebriefAnswers.etag(4));
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.DEBRIEF)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> !e.isEmpty(), Duration.ofSeconds(20));
            assertThat(events.get(0).payloadAs(DebriefAnswered.class)).isEqualTo(
                    new DebriefAnswered("WHAT_COMES_NEXT", "Un plan sur cinq ans.", "Alice Tremblay"));
            assertThat(events.get(0).actor()).isEqualTo("alice");
            tap.poll();
            assertThat(tap.records(id)).as("announced once").hasSize(1);
        }
    }

    private static String etag(ApiClient as, String debrief) {
        return as.get(debrief).json().get("answers").get(1).get("etag").asString();
    }

    private static Response put(ApiClient as, String debrief, String text, String ifMatch) {
        return as.send("PUT", debrief + "/answers/POOLED_RESOURCES", Map.of("answer", text), Map.of("If-Match", ifMatch));
    }
}
