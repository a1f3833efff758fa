package org.backboneplanner.worksheet.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.CommentAdded;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommentsTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").email("alice@example.org").sign());
        initiative = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).header("Location");
        alice.post(initiative + "/members", Map.of("email", "gaston@example.org", "name", "Gaston", "role", "GUEST"));
    }

    @Test
    void membersDiscussARoleAndAStepAndMentionEachOther() {
        ApiClient gaston = api(tokens().of("gaston").networks(List.of(network)).name("Gaston").email("gaston@example.org").sign());
        gaston.get(initiative);
        String row = initiative + "/worksheet/roles/COMMUNITY_ENGAGEMENT";
        String step = alice.post(row + "/next-steps", Map.of("title", "Forum citoyen", "owner", Map.of(),
                "dueDate", LocalDate.now().plusMonths(2).toString())).json().get("id").asString();

        Response onRole = gaston.post(row + "/comments", Map.of("body", "Et les jeunes? @Alice",
                "mentions", List.of("alice")));
        Response onStep = alice.post(row + "/next-steps/" + step + "/comments", Map.of("body", "Salle réservée."));

        assertThat(onRole.status()).isEqualTo(201);
        assertThat(onRole.json().get("authorName").asString()).isEqualTo("Gaston");
        assertThat(onRole.json().get("mentions").get(0).get("email").asString()).isEqualTo("alice@example.org");
        assertThat(onStep.status()).isEqualTo(201);
        assertThat(alice.get(row + "/comments").json().get("items").valueStream().map(c -> c.get("body").asString()))
                .containsExactly("Et les jeunes? @Alice");
        assertThat(gaston.get(row + "/next-steps/" + step + "/comments").json().get("items").get(0).get("body").asString())
                .isEqualTo("Salle réservée.");
        // each thread's count, for the buttons that open them; none for a network one is not part of
        alice.post(row + "/comments", Map.of("body", "Oui, au cégep."));
        Response counts = gaston.get(initiative + "/worksheet/comment-counts");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().valueStream().map(c -> c.get("role").asString() + "/" + c.path("stepId").asString("")
                + "=" + c.get("comments").asLong())).containsExactlyInAnyOrder("COMMUNITY_ENGAGEMENT/=2",
                "COMMUNITY_ENGAGEMENT/" + step + "=1");
        assertThat(api(tokens().token("mallory", newNetwork())).get(initiative + "/worksheet/comment-counts").status())
                .isEqualTo(404);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(onRole.json().get("id").asString(), e -> !e.isEmpty(),
                    Duration.ofSeconds(20));
            CommentAdded added = (CommentAdded) events.get(0).payload();
            assertThat(added.mentions().get(0).email()).isEqualTo("alice@example.org");
            assertThat(added.initiativeName()).isEqualTo("Table");
        }
    }

    @Test
    void onlyMembersAreMentionedAndOnlyMembersComment() {
        String row = initiative + "/worksheet/roles/POLICY";

        Response stranger = alice.post(row + "/comments", Map.of("body", "x", "mentions", List.of("nobody")));
        Response outsider = api(tokens().token("dora", network)).post(row + "/comments", Map.of("body", "x"));
        Response empty = alice.post(row + "/comments", Map.of("body", " "));

        assertThat(stranger.status()).isEqualTo(400);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(alice.post(row + "/next-steps/nope/comments", Map.of("body", "x")).status()).isEqualTo(404);
        assertThat(alice.get(row + "/comments").json().get("items")).isEmpty();
    }
}
