package org.backboneplanner.worksheet.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleRowApiTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;
    private String rolePath;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
        String id = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table 0-5 ans"))
                .json().get("id").asString();
        rolePath = "/api/networks/" + network + "/initiatives/" + id + "/worksheet/roles/";
    }

    private String etagOf(String role) {
        return alice.get(rolePath + role).header("ETag");
    }

    @Test
    void aRowsCarriersStrengthsAndWeaknessesAreWrittenWithItsEtag() {
        String before = etagOf("SHARED_MEASUREMENT");
        String otherRowBefore = etagOf("VISION_STRATEGY");
        Response changed = alice.patch(rolePath + "SHARED_MEASUREMENT", Map.of(
                        "carriers", List.of(Map.of("kind", "TO_FIND", "name", "Une personne analyste de données")),
                        "strengths", List.of("Données du CISSS disponibles"),
                        "weaknesses", List.of("Aucun outil commun")),
                Map.of("If-Match", before));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("carriers").get(0).get("name").asString()).isEqualTo("Une personne analyste de données");
        assertThat(changed.json().get("strengths").get(0).asString()).isEqualTo("Données du CISSS disponibles");
        Response row = alice.get(rolePath + "SHARED_MEASUREMENT");
        // the row's own ETag moves with it, and is what a read gives now; another row's stays as it was
        assertThat(changed.header("ETag")).isNotEqualTo(before).isEqualTo(row.header("ETag"));
        assertThat(etagOf("VISION_STRATEGY")).isEqualTo(otherRowBefore);
        assertThat(row.json().get("weaknesses").get(0).asString()).isEqualTo("Aucun outil commun");
    }

    @Test
    void aWriteWithoutIfMatchIs428() {
        String before = etagOf("POLICY");
        Response response = alice.patch(rolePath + "POLICY", Map.of("strengths", List.of("x")), Map.of());
        assertThat(response.status()).isEqualTo(428);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(alice.get(rolePath + "POLICY").json().get("strengths")).isEmpty();
        assertThat(etagOf("POLICY")).isEqualTo(before);
    }

    @Test
    void aStaleWriteIs412WithTheCurrentRowAndLosesNothing() {
        String etag = etagOf("POLICY");
        assertThat(alice.patch(rolePath + "POLICY", Map.of("strengths", List.of("first")), Map.of("If-Match", etag))
                .status()).isEqualTo(200);

        Response stale = alice.patch(rolePath + "POLICY", Map.of("strengths", List.of("second")), Map.of("If-Match", etag));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("current").get("strengths").get(0).asString()).isEqualTo("first");
        assertThat(stale.header("ETag")).isEqualTo(etagOf("POLICY"));
        assertThat(alice.get(rolePath + "POLICY").json().get("strengths").get(0).asString()).isEqualTo("first");
    }

    @Test
    void twoPartnersWritingDifferentRowsFromTheSameReadDoNotConflict() {
        String policy = etagOf("POLICY");
        String resources = etagOf("RESOURCES");

        assertThat(alice.patch(rolePath + "POLICY", Map.of("strengths", List.of("a")), Map.of("If-Match", policy))
                .status()).isEqualTo(200);
        assertThat(alice.patch(rolePath + "RESOURCES", Map.of("strengths", List.of("b")), Map.of("If-Match", resources))
                .status()).isEqualTo(200);
        assertThat(alice.get(rolePath + "POLICY").json().get("strengths").get(0).asString()).isEqualTo("a");
        assertThat(alice.get(rolePath + "RESOURCES").json().get("strengths").get(0).asString()).isEqualTo("b");
    }

    @Test
    void anUnknownRoleKeyIs404NamingTheRoles() {
        Response response = alice.patch(rolePath + "FUNDRAISING", Map.of("strengths", List.of("x")),
                Map.of("If-Match", "\"x\""));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("VISION_STRATEGY");
    }

    @Test
    void anUnknownCarrierKindIs400NamingTheAllowedValues() {
        Response response = alice.patch(rolePath + "POLICY",
                Map.of("carriers", List.of(Map.of("kind", "ROBOT", "name", "x"))), Map.of("If-Match", etagOf("POLICY")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("carriers[0].kind");
        assertThat(response.json().get("detail").asString()).contains("TO_FIND");
        assertThat(alice.get(rolePath + "POLICY").json().get("carriers")).isEmpty();
    }

    @Test
    void aPartnerCarrierMustBeInTheNetworksDirectory() {
        Response response = alice.patch(rolePath + "POLICY",
                Map.of("carriers", List.of(Map.of("kind", "PARTNER", "partnerId", "nobody"))),
                Map.of("If-Match", etagOf("POLICY")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("carriers[0].partnerId");
        assertThat(alice.get(rolePath + "POLICY").json().get("carriers")).isEmpty();
    }

    @Test
    void anOverlongStrengthIs400() {
        Response response = alice.patch(rolePath + "POLICY", Map.of("strengths", List.of("x".repeat(501))),
                Map.of("If-Match", etagOf("POLICY")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).startsWith("strengths");
        assertThat(alice.get(rolePath + "POLICY").json().get("strengths")).isEmpty();
    }
}
