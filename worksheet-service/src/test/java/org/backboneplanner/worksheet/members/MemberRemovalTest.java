package org.backboneplanner.worksheet.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator removes a partner: from then on the partner edits nothing and comments nowhere there, an
 * initiative for its members only is unknown to them (404), and the event says who is left, so the other
 * services refuse them too. What they wrote before stays.
 */
class MemberRemovalTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private ApiClient paul;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").email("alice@example.org").sign());
        paul = api(tokens().of("paul").networks(List.of(network)).name("Paul").email("paul@example.org").sign());
    }

    /** An initiative where paul was invited as a partner, joined, wrote a strength and a comment. */
    private String initiativeWithPaul(String visibility) {
        String initiative = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Table", "visibility", visibility)).header("Location");
        alice.post(initiative + "/members", Map.of("email", "paul@example.org", "name", "Paul", "role", "PARTNER"));
        assertThat(paul.get(initiative).json().get("myRole").asString()).isEqualTo("PARTNER");
        String row = initiative + "/worksheet/roles/POLICY";
        assertThat(paul.patch(row, Map.of("strengths", List.of("Élus à l'écoute")), Map.of("If-Match",
                paul.get(row).header("ETag"))).status()).isEqualTo(200);
        assertThat(paul.post(row + "/comments", Map.of("body", "J'ai parlé au maire.")).status()).isEqualTo(201);
        return initiative;
    }

    private Response remove(String initiative, String memberId) {
        String membership = alice.get(initiative + "/members").json().get("items").valueStream()
                .filter(m -> memberId.equals(m.get("memberId").asString())).findFirst().orElseThrow().get("id").asString();
        return alice.send("DELETE", initiative + "/members/" + membership, null, Map.of());
    }

    private void assertWhatPaulWroteStays(String row) {
        assertThat(alice.get(row).json().get("strengths").valueStream().map(s -> s.asString()))
                .containsExactly("Élus à l'écoute");
        assertThat(alice.get(row).json().get("nextSteps")).isEmpty();
        assertThat(alice.get(row + "/comments").json().get("items").valueStream().map(c -> c.get("body").asString()))
                .containsExactly("J'ai parlé au maire.");
    }

    @Test
    void aRemovedPartnerOfAMembersOnlyInitiativeNoLongerReadsEditsOrCommentsThere() {
        String initiative = initiativeWithPaul("MEMBERS");
        String row = initiative + "/worksheet/roles/POLICY";
        String etag = alice.get(row).header("ETag");

        assertThat(remove(initiative, "paul").status()).isEqualTo(204);

        assertThat(paul.get(initiative).status()).isEqualTo(404);
        assertThat(paul.get(initiative + "/worksheet").status()).isEqualTo(404);
        assertThat(paul.patch(row, Map.of("strengths", List.of("x")), Map.of("If-Match", etag)).status()).isEqualTo(404);
        assertThat(paul.post(row + "/next-steps", Map.of("title", "x", "owner", Map.of(), "dueDate", "2027-01-01"))
                .status()).isEqualTo(404);
        assertThat(paul.post(row + "/comments", Map.of("body", "x")).status()).isEqualTo(404);
        assertThat(paul.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
        assertWhatPaulWroteStays(row);
        assertThat(alice.get(initiative + "/members").json().get("items").valueStream()
                .map(m -> m.get("email").asString())).containsExactly("alice@example.org");
    }

    @Test
    void aRemovedPartnerOfAnInitiativeOpenToTheNetworkStillReadsItButNeitherEditsNorComments() {
        String initiative = initiativeWithPaul("NETWORK");
        String row = initiative + "/worksheet/roles/POLICY";

        assertThat(remove(initiative, "paul").status()).isEqualTo(204);

        assertThat(paul.get(initiative).json().get("myRole").isNull()).isTrue();
        assertThat(paul.get(initiative).json().get("canEdit").asBoolean()).isFalse();
        Response edit = paul.patch(row, Map.of("strengths", List.of("x")), Map.of("If-Match", paul.get(row).header("ETag")));
        Response comment = paul.post(row + "/comments", Map.of("body", "x"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().get("detail").asString()).contains("Only the initiative's members edit");
        assertThat(comment.status()).isEqualTo(403);
        assertWhatPaulWroteStays(row);
    }

    @Test
    void theRemovalIsAnnouncedWithWhoIsLeft() {
        String initiative = initiativeWithPaul("MEMBERS");

        remove(initiative, "paul");

        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            MemberRoleChanged removed = tap.awaitEvents(id, events -> events.stream()
                            .anyMatch(e -> e.payload() instanceof MemberRoleChanged), Duration.ofSeconds(20)).stream()
                    .map(EventEnvelope::payload).filter(MemberRoleChanged.class::isInstance)
                    .map(MemberRoleChanged.class::cast).findFirst().orElseThrow();
            assertThat(removed.memberId()).isEqualTo("paul");
            assertThat(removed.before()).isEqualTo(InitiativeRole.PARTNER);
            assertThat(removed.role()).isNull();
            assertThat(removed.audience().members()).extracting(Audience.Part::memberId).containsExactly("alice");
        }
    }
}
