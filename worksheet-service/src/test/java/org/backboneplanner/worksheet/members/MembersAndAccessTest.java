package org.backboneplanner.worksheet.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coordinators, partners and guests of an initiative, and what each of them may do. */
class MembersAndAccessTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String initiative;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").email("alice@example.org").sign());
        initiative = "/api/networks/" + network + "/initiatives/"
                + alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).json().get("id").asString();
    }

    private ApiClient member(String name) {
        return api(tokens().of(name).networks(List.of(network)).name(name).email(name + "@example.org").sign());
    }

    private Response invite(String name, String role) {
        return alice.post(initiative + "/members", Map.of("email", name + "@Example.org", "name", name, "role", role,
                "language", "en"));
    }

    @Test
    void theCreatorCoordinates() {
        assertThat(alice.get(initiative).json().get("myRole").asString()).isEqualTo("COORDINATOR");
        assertThat(alice.get(initiative + "/members").json().get("items").get(0).get("role").asString()).isEqualTo("COORDINATOR");
    }

    @Test
    void anInvitationIsAnnouncedAndTheInviteeJoinsOnTheirFirstVisitWithThatAddress() {
        Response invited = invite("gaston", "GUEST");

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().get("status").asString()).isEqualTo("INVITED");
        assertThat(invited.json().get("email").asString()).isEqualTo("gaston@example.org");
        String id = initiative.substring(initiative.lastIndexOf('/') + 1);
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.WORKSHEET)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() >= 2, Duration.ofSeconds(20));
            MemberInvited event = (MemberInvited) events.get(1).payload();
            assertThat(event.email()).isEqualTo("gaston@example.org");
            assertThat(event.initiativeName()).isEqualTo("Table");
            assertThat(event.language()).isEqualTo("en");
            assertThat(event.invitedByName()).isEqualTo("Alice");
        }

        Response seen = member("gaston").get(initiative);

        assertThat(seen.json().get("myRole").asString()).isEqualTo("GUEST");
        assertThat(alice.get(initiative + "/members").json().get("items").valueStream()
                .filter(m -> m.get("email").asString().equals("gaston@example.org")).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aGuestReadsAndCommentsButGets403WhenEditing() {
        invite("gaston", "GUEST");
        ApiClient gaston = member("gaston");
        String row = initiative + "/worksheet/roles/POLICY";
        String etag = gaston.get(row).header("ETag");

        Response edit = gaston.patch(row, Map.of("strengths", List.of("x")), Map.of("If-Match", etag));
        Response step = gaston.post(row + "/next-steps", Map.of("title", "x", "owner", Map.of(), "dueDate", "2030-01-01"));

        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(edit.json().get("detail").asString()).contains("Guests");
        assertThat(step.status()).isEqualTo(403);
        assertThat(gaston.post(row + "/comments", Map.of("body", "Et la ville?")).status()).isEqualTo(201);
        assertThat(alice.get(row).json().get("strengths").size()).isZero();
        assertThat(alice.get(row).json().get("nextSteps").size()).isZero();
    }

    @Test
    void aNetworkMemberOutsideTheInitiativeReadsItButDoesNotEditIt() {
        ApiClient dora = member("dora");
        String row = initiative + "/worksheet/roles/POLICY";

        assertThat(dora.get(initiative + "/worksheet").status()).isEqualTo(200);
        assertThat(dora.get(initiative).json().get("canEdit").asBoolean()).isFalse();
        assertThat(dora.patch(row, Map.of("strengths", List.of("x")), Map.of("If-Match", dora.get(row).header("ETag")))
                .status()).isEqualTo(403);
        assertThat(alice.get(row).json().get("strengths").size()).isZero();
    }

    @Test
    void anInitiativeVisibleToItsMembersOnlyIsUnknownToOthersButNotToTheNetworksAdmins() {
        Response hidden = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Confidentielle", "visibility", "MEMBERS"));
        String path = "/api/networks/" + network + "/initiatives/" + hidden.json().get("id").asString();
        ApiClient dora = member("dora");
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());

        assertThat(dora.get(path).status()).isEqualTo(404);
        assertThat(dora.get(path + "/worksheet").status()).isEqualTo(404);
        assertThat(dora.get("/api/networks/" + network + "/initiatives").json().get("items").valueStream()
                .map(i -> i.get("name").asString())).containsExactly("Table");
        assertThat(admin.get(path).status()).isEqualTo(200);
        assertThat(admin.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isEqualTo(2);
        String row = path + "/worksheet/roles/POLICY";
        assertThat(admin.patch(row, Map.of("strengths", List.of("admin")), Map.of("If-Match", admin.get(row).header("ETag")))
                .status()).isEqualTo(200);
        assertThat(alice.get(row).json().get("strengths").get(0).asString()).isEqualTo("admin");
    }

    @Test
    void onlyCoordinatorsManageMembersAndTheLastCoordinatorStays() {
        invite("paul", "PARTNER");
        ApiClient paul = member("paul");
        paul.get(initiative);

        assertThat(paul.post(initiative + "/members", Map.of("email", "x@example.org", "name", "X", "role", "GUEST"))
                .status()).isEqualTo(403);
        String aliceMembership = alice.get(initiative + "/members").json().get("items").get(0).get("id").asString();
        assertThat(alice.send("DELETE", initiative + "/members/" + aliceMembership, null, Map.of()).status())
                .isEqualTo(409);
        assertThat(invite("paul", "GUEST").status()).isEqualTo(409);
        assertThat(alice.get(initiative + "/members").json().get("items").valueStream()
                .map(m -> m.get("email").asString() + ":" + m.get("role").asString()))
                .containsExactly("alice@example.org:COORDINATOR", "paul@example.org:PARTNER");

        String paulMembership = alice.get(initiative + "/members").json().get("items").valueStream()
                .filter(m -> "paul@example.org".equals(m.get("email").asString())).findFirst().orElseThrow()
                .get("id").asString();
        assertThat(alice.patch(initiative + "/members/" + paulMembership, Map.of("role", "COORDINATOR"), Map.of())
                .json().get("role").asString()).isEqualTo("COORDINATOR");
        assertThat(paul.post(initiative + "/members", Map.of("email", "x@example.org", "name", "X", "role", "GUEST"))
                .status()).isEqualTo(201);
    }

    @Test
    void anUnverifiedAddressDoesNotClaimAnInvitation() {
        invite("jane", "COORDINATOR");
        ApiClient mallory = api(tokens().of("mallory").networks(List.of(network)).email("jane@example.org")
                .unverifiedEmail().sign());

        assertThat(mallory.get(initiative).json().get("myRole").isNull()).isTrue();
        assertThat(alice.get(initiative + "/members").json().get("items").valueStream()
                .filter(m -> "jane@example.org".equals(m.get("email").asString())).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("INVITED");
    }

    @Test
    void onlyMembersOfTheInitiativeCarryARoleOrOwnAStepAsMembers() {
        String row = initiative + "/worksheet/roles/POLICY";
        Response stranger = alice.patch(row, Map.of("carriers", List.of(Map.of("kind", "MEMBER", "memberId", "nobody",
                "name", "Nobody"))), Map.of("If-Match", alice.get(row).header("ETag")));
        Response strangerOwner = alice.post(row + "/next-steps", Map.of("title", "x", "dueDate", "2030-01-01",
                "owner", Map.of("memberId", "nobody", "name", "Nobody", "email", "spam@example.org")));
        invite("paul", "PARTNER");
        member("paul").get(initiative);
        Response paulOwns = alice.post(row + "/next-steps", Map.of("title", "x", "dueDate", "2030-01-01",
                "owner", Map.of("memberId", "paul", "name", "Someone else", "email", "other@example.org")));

        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("carriers[0].memberId");
        assertThat(strangerOwner.status()).isEqualTo(400);
        assertThat(alice.get(row).json().get("carriers")).isEmpty();
        assertThat(paulOwns.status()).isEqualTo(201);
        assertThat(paulOwns.json().get("owner").get("email").asString()).isEqualTo("paul@example.org");
        assertThat(paulOwns.json().get("owner").get("name").asString()).isEqualTo("paul");
    }

    @Test
    void aBadInvitationIs400() {
        Response response = alice.post(initiative + "/members", Map.of("email", "not-an-address", "name", "X",
                "role", "BOSS"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("COORDINATOR");
        assertThat(alice.get(initiative + "/members").json().get("total").asLong()).isEqualTo(1);
    }
}
