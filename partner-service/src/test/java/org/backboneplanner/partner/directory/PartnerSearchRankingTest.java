package org.backboneplanner.partner.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Search ranks name matches above matches on sectors, territory or contacts. */
class PartnerSearchRankingTest extends ServiceIntegrationTest {

    private ApiClient alice;
    private String partners;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        alice = api(tokens().token("alice", network));
        partners = "/api/networks/" + network + "/partners";
        register("Maison des jeunes de Granby", "COMMUNITY_ORGANIZATION", List.of("jeunesse"), "Granby", "Marc Petit");
        register("Fondation Jeunesse Estrie", "FUNDER", List.of("philanthropie"), "Estrie", "Luc Roy");
        register("Jeunesse en santé", "HEALTH_INSTITUTION", List.of(), "Montérégie", "Anne Dubé");
        register("Jeunesse", "CITIZEN_GROUP", List.of(), null, null);
        register("Commission scolaire", "SCHOOL_BOARD", List.of("éducation"), "Jeunesse-Nord", "Jeanne Jeunesse");
        register("Ville de Granby", "MUNICIPALITY", List.of("municipal"), "Haute-Yamaska", "Julie Roy");
    }

    private void register(String name, String kind, List<String> sectors, String territory, String contact) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", kind, "sectors", sectors));
        if (territory != null) {
            body.put("territory", territory);
        }
        if (contact != null) {
            body.put("contacts", List.of(Map.of("name", contact)));
        }
        assertThat(alice.post(partners, body).status()).isEqualTo(201);
    }

    private List<String> names(String query) {
        JsonNode items = alice.get(partners + query).json().get("items");
        return items.valueStream().map(i -> i.get("name").asString()).toList();
    }

    @Test
    void anExactNameComesFirstThenNamesStartingWithItThenOtherNamesThenOtherFields() {
        assertThat(names("?q=JEUNESSE")).containsExactly("Jeunesse", "Jeunesse en santé", "Fondation Jeunesse Estrie",
                "Commission scolaire", "Maison des jeunes de Granby");
    }

    @Test
    void everyWordMustMatchAndContactsTerritoriesAndSectorsAreSearched() {
        assertThat(names("?q=granby%20roy")).containsExactly("Ville de Granby");
        assertThat(names("?q=yamaska")).containsExactly("Ville de Granby");
        assertThat(names("?q=education")).containsExactly("Commission scolaire");
        assertThat(names("?q=monteregie")).containsExactly("Jeunesse en santé");
    }

    @Test
    void kindFiltersAndPagesAndSortsByName() {
        assertThat(names("?kind=FUNDER")).containsExactly("Fondation Jeunesse Estrie");
        JsonNode page = alice.get(partners + "?sort=name&size=2&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(6);
        assertThat(page.get("items").valueStream().map(i -> i.get("name").asString()))
                .containsExactly("Jeunesse", "Jeunesse en santé");
        assertThat(alice.get(partners + "?sort=size").status()).isEqualTo(400);
        assertThat(alice.get(partners + "?kind=ALIEN").status()).isEqualTo(400);
    }
}
