package org.backboneplanner.debrief.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A debrief has no version of its own (it is built from several projections): its answer is tagged with a
 * hash of itself, and a client that still holds it gets 304 and no body; once something in it changed, the
 * same tag gets the new debrief.
 */
class DebriefConditionalReadTest extends ServiceIntegrationTest {

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private String debrief;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        String initiative = UUID.randomUUID().toString();
        debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        alice = api(tokens().token("alice", network));
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                SampleEvents.initiativeCreated("Table jeunesse", Visibility.MEMBERS)));
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get(debrief).status() == 200);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    @Test
    void aDebriefTheClientStillHoldsIsAnswered304WithoutItsBody() {
        Response first = alice.get(debrief);

        String tag = first.header("ETag");
        assertThat(tag).as("a strong tag").startsWith("\"").endsWith("\"");
        Response again = alice.getIfNoneMatch(debrief, tag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);
        assertThat(alice.getIfNoneMatch(debrief, "\"something-else\"").status()).isEqualTo(200);
    }

    @Test
    void aChangedDebriefGetsANewTagAndItsBody() {
        Response before = alice.get(debrief);
        String answerTag = before.json().get("answers").get(1).get("etag").asString();

        Response answered = alice.send("PUT", debrief + "/answers/POOLED_RESOURCES",
                Map.of("answer", "Oui : un local."), Map.of("If-Match", answerTag));
        assertThat(answered.status()).isEqualTo(200);

        Response after = alice.getIfNoneMatch(debrief, before.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.json().get("answers").get(1).get("answer").asString()).isEqualTo("Oui : un local.");
        assertThat(alice.getIfNoneMatch(debrief, after.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void theTrendIsTaggedTheSameWay() {
        Response trend = alice.get(debrief + "/trend");

        assertThat(trend.status()).isEqualTo(200);
        assertThat(alice.getIfNoneMatch(debrief + "/trend", trend.header("ETag")).status())
                .isEqualTo(304);
    }
}
