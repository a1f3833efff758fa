package org.backboneplanner.worksheet.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class InitiativeDetailsTest extends ServiceIntegrationTest {

    private String network;
    private ApiClient alice;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        alice = api(tokens().token("alice", network));
    }

    @Test
    void aNewInitiativePlansOverThreeYearsByDefault() {
        JsonNode created = alice.post("/api/networks/" + network + "/initiatives", Map.of("name", "Table")).json();
        int year = LocalDate.now(ZoneId.of("America/Montreal")).getYear();

        assertThat(created.get("maturity").asString()).isEqualTo("EMERGING");
        assertThat(created.get("startYear").asInt()).isEqualTo(year);
        assertThat(created.get("endYear").asInt()).isEqualTo(year + 2);
        assertThat(created.get("languages").get(0).asString()).isEqualTo("fr");
        assertThat(created.get("visibility").asString()).isEqualTo("NETWORK");
    }

    @Test
    void aOneYearHorizonIsRefusedBecauseTheSeedAsksToPlanBeyondAYear() {
        Response response = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Table", "startYear", 2027, "endYear", 2027));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("at least two years");
        assertThat(alice.get("/api/networks/" + network + "/initiatives").json().get("total").asLong()).isZero();
    }

    @Test
    void inconsistentYearsBlankNamesNullLanguagesAndHugePagesAre400NotRewritten() {
        String path = "/api/networks/" + network + "/initiatives";
        assertThat(alice.post(path, Map.of("name", "x", "endYear", 2020)).status()).isEqualTo(400);
        assertThat(alice.post(path, java.util.Map.of("name", "x", "languages", java.util.Arrays.asList((Object) null)))
                .status()).isEqualTo(400);
        String created = alice.post(path, Map.of("name", "x")).header("Location");
        assertThat(alice.patch(created, Map.of("name", "   "), Map.of("If-Match", alice.get(created).header("ETag")))
                .status()).isEqualTo(400);
        assertThat(alice.get(path).json().get("items").valueStream().map(i -> i.get("name").asString()))
                .containsExactly("x");
        assertThat(alice.get(path + "?page=21474837&size=100").status()).isEqualTo(400);
    }

    @Test
    void aCoordinatorRedescribesTheInitiativeWithItsEtag() {
        Response created = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Table", "startYear", 2026, "endYear", 2029, "languages", List.of("fr", "en")));
        String path = created.header("Location");

        assertThat(alice.patch(path, Map.of("maturity", "MATURE"), Map.of()).status()).isEqualTo(428);
        assertThat(alice.get(path).json().get("maturity").asString()).isEqualTo("EMERGING");
        Response changed = alice.patch(path, Map.of("maturity", "MATURE", "endYear", 2030),
                Map.of("If-Match", created.header("ETag")));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("maturity").asString()).isEqualTo("MATURE");
        assertThat(changed.json().get("endYear").asInt()).isEqualTo(2030);
        assertThat(changed.json().get("name").asString()).isEqualTo("Table");
        assertThat(changed.json().get("languages").size()).isEqualTo(2);
        assertThat(alice.patch(path, Map.of("name", "Autre"), Map.of("If-Match", created.header("ETag"))).status())
                .isEqualTo(412);
        assertThat(alice.patch(path, Map.of("endYear", 2026), Map.of("If-Match", changed.header("ETag"))).status())
                .isEqualTo(400);
        assertThat(alice.get(path).json().get("name").asString()).isEqualTo("Table");
        assertThat(alice.get(path).json().get("endYear").asInt()).isEqualTo(2030);
    }
}
