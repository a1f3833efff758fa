package org.backboneplanner.partner.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner's whole description, its changes, archiving, and the members who work for it. */
class PartnerProfileTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String partners;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().of("alice").networks(List.of(network)).name("Alice").sign());
        partners = "/api/networks/" + network + "/partners";
    }

    private Response registerCity() {
        return alice.post(partners, Map.of("name", "Ville de Granby", "kind", "MUNICIPALITY",
                "website", "https://www.granby.ca/fr", "sectors", List.of("municipal", "loisirs"),
                "territory", "Haute-Yamaska", "influential", true, "notes", "Conseil favorable",
                "contacts", List.of(Map.of("name", "Julie Roy", "role", "Développement social",
                        "email", "j.roy@granby.example", "phone", "450 555-0101", "language", "fr"))));
    }

    @Test
    void aPartnerIsDescribedWithItsContactsAndWhetherItIsAnInfluentialActor() {
        Response created = registerCity();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("influential").asBoolean()).isTrue();
        assertThat(created.json().get("contacts").get(0).get("email").asString()).isEqualTo("j.roy@granby.example");
        assertThat(created.json().get("sectors").size()).isEqualTo(2);
    }

    @Test
    void theSameWebsiteIsADuplicateToo() {
        registerCity();

        Response again = alice.post(partners, Map.of("name", "Granby (ville)", "kind", "MUNICIPALITY",
                "website", "http://granby.ca"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("website");
        assertThat(again.json().get("existing").get("name").asString()).isEqualTo("Ville de Granby");
        assertThat(alice.get(partners + "?includeArchived=true").json().get("items").valueStream()
                .map(p -> p.get("name").asString())).containsExactly("Ville de Granby");
    }

    @Test
    void aPartnerChangesWithItsEtag() {
        Response created = registerCity();
        String path = created.header("Location");

        Response changed = alice.patch(path, Map.of("territory", "Estrie"), Map.of("If-Match", created.header("ETag")));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("territory").asString()).isEqualTo("Estrie");
        assertThat(changed.json().get("name").asString()).isEqualTo("Ville de Granby");
        assertThat(alice.patch(path, Map.of("territory", "x"), Map.of("If-Match", created.header("ETag"))).status())
                .isEqualTo(412);
        assertThat(alice.get(path).json().get("territory").asString()).isEqualTo("Estrie");
    }

    @Test
    void onlyAdministratorsArchiveAndAnArchivedPartnerLeavesTheSearchButNotTheDirectory() {
        String path = registerCity().header("Location");
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());

        assertThat(alice.put(path + "/archived", null).status()).isEqualTo(403);
        assertThat(alice.get(path).json().get("archived").asBoolean()).isFalse();
        assertThat(admin.put(path + "/archived", null).json().get("archived").asBoolean()).isTrue();

        assertThat(alice.get(partners + "?q=granby").json().get("total").asLong()).isZero();
        assertThat(alice.get(partners + "?q=granby&includeArchived=true").json().get("total").asLong()).isEqualTo(1);
        assertThat(alice.get(path).json().get("archived").asBoolean()).isTrue();
    }

    @Test
    void anUnarchivedPartnerIsOfferedAgainInSearchAndPoolsResourcesAgain() {
        String path = registerCity().header("Location");
        String id = path.substring(path.lastIndexOf('/') + 1);
        ApiClient admin = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        String resources = "/api/networks/" + network + "/pooled-resources";
        Map<String, Object> room = Map.of("partnerId", id, "kind", "SPACE", "description", "Salle du conseil");
        admin.put(path + "/archived", null);
        Response whileArchived = alice.post(resources, room);
        assertThat(whileArchived.status()).isEqualTo(400);
        assertThat(whileArchived.json().get("errors").get(0).get("field").asString()).isEqualTo("partnerId");

        assertThat(alice.send("DELETE", path + "/archived", null, Map.of()).status()).isEqualTo(403);
        assertThat(alice.get(path).json().get("archived").asBoolean()).isTrue();
        Response unarchived = admin.send("DELETE", path + "/archived", null, Map.of());

        assertThat(unarchived.status()).isEqualTo(200);
        assertThat(unarchived.json().get("archived").asBoolean()).isFalse();
        assertThat(alice.get(partners + "?q=granby").json().get("items").valueStream().map(p -> p.get("id").asString()))
                .containsExactly(id);
        assertThat(alice.post(resources, room).status()).isEqualTo(201);
        // worksheet-service learns it from the event, and lets it be named as a carrier again
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            List<EventEnvelope> events = tap.awaitEvents(id, e -> e.size() >= 3, Duration.ofSeconds(20));
            assertThat(events).extracting(e -> e.payload() instanceof PartnerUpdated u ? u.archived() : null)
                    .containsExactly(null, true, false);
        }
    }

    @Test
    void aMemberLinksThemselvesToTheOrganizationTheyWorkFor() {
        String path = registerCity().header("Location");

        Response linked = alice.put(path + "/affiliations/me", null);

        assertThat(linked.json().get("affiliations").get(0).get("name").asString()).isEqualTo("Alice");
        assertThat(alice.send("DELETE", path + "/affiliations/me", null, Map.of()).json().get("affiliations").size())
                .isZero();
    }

    @Test
    void badContactsAreRefusedWithTheirFields() {
        Response bad = alice.post(partners, Map.of("name", "X", "kind", "OTHER",
                "contacts", List.of(Map.of("name", "Y", "email", "nope", "language", "de"))));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("contacts[0].email", "contacts[0].language");
        assertThat(alice.get(partners + "?includeArchived=true").json().get("total").asLong()).isZero();
    }
}
