package org.backboneplanner.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.Topics;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A network starts its directory from a spreadsheet: all rows or none, each bad row named by its line. */
class PartnerImportTest extends ServiceIntegrationTest {

    private static final String HEADER = "name,kind,website,sectors,territory,influential,notes,"
            + "contact_name,contact_role,contact_email,contact_phone,contact_language\r\n";

    private String network;
    private ApiClient carol;
    private String partners;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        carol = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        partners = "/api/networks/" + network + "/partners";
    }

    private Response importFile(ApiClient as, String csv) {
        return as.send("POST", partners + "/import", csv, Map.of("Content-Type", "text/csv"));
    }

    @Test
    void aGoodFileImportsEveryPartnerWithItsContactsAndAnnouncesThem() {
        String csv = HEADER
                + "CIUSSS de l'Estrie,HEALTH_INSTITUTION,https://santeestrie.example,santé;services sociaux,Estrie,oui,,"
                + "Nadia Côté,Organisatrice communautaire,n.cote@ciusss.example,819 555-0100,fr\r\n"
                + "CIUSSS de l'Estrie,,,,,,,Paul Smith,Analyste,p.smith@ciusss.example,,en\r\n"
                + "\"Table de concertation, jeunesse\",COMMUNITY_ORGANIZATION,,jeunesse,Sherbrooke,no,\"Se réunit\nle mardi\",,,,,\r\n"
                + "Ville de Sherbrooke,MUNICIPALITY,https://sherbrooke.example,,Sherbrooke,yes,,,,,,\r\n";

        Response imported = importFile(carol, csv);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        JsonNode ciusss = carol.get(partners + "?q=ciusss").json().get("items").get(0);
        assertThat(ciusss.get("contacts").size()).isEqualTo(2);
        assertThat(ciusss.get("influential").asBoolean()).isTrue();
        assertThat(ciusss.get("sectors").size()).isEqualTo(2);
        assertThat(carol.get(partners + "?q=concertation").json().get("items").get(0).get("notes").asString())
                .isEqualTo("Se réunit\nle mardi");
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            assertThat(tap.awaitEvents(ciusss.get("id").asString(), e -> !e.isEmpty(), Duration.ofSeconds(20)).get(0)
                    .type()).isEqualTo("PartnerRegistered");
        }
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadLine() {
        carol.post(partners, Map.of("name", "Ville de Magog", "kind", "MUNICIPALITY"));
        String csv = HEADER
                + "Cégep de Sherbrooke,SCHOOL_BOARD,,,,,,,,,,\r\n"
                + "Club Rotary,ASSOCIATION,,,,,,,,,,\r\n"
                + "Ville de Magog,MUNICIPALITY,,,,,,,,,,\r\n"
                + ",OTHER,ftp://nope,,,maybe,,,,not-an-email,,\r\n"
                + "Cégep de Sherbrooke,SCHOOL_BOARD,,,,,,,,,,\r\n";

        Response refused = importFile(carol, csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> problems = refused.json().get("errors").valueStream()
                .map(e -> e.get("line").asInt() + ":" + e.get("field").asString()).toList();
        assertThat(problems).contains("3:kind", "4:name", "5:name", "5:website", "5:influential", "5:contact_name",
                "5:contact_email");
        assertThat(problems).doesNotContain("2:name");
        assertThat(carol.get(partners).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theSamePartnerTwiceInAFileIsABadRow() {
        String csv = HEADER + "Cégep,SCHOOL_BOARD,,,,,,,,,,\r\nPrison,OTHER,,,,,,,,,,\r\nCegep,SCHOOL_BOARD,,,,,,,,,,\r\n";

        Response refused = importFile(carol, csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("line 2");
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void aRowAfterABadRowOfTheSameNameIsCheckedOnItsOwn() {
        Response refused = importFile(carol, "name,kind\r\nFoo,NOPE\r\nFoo,COMMUNITY_ORGANIZATION\r\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void aSemicolonSeparatedFileFromAFrenchSpreadsheetIsRead() {
        Response imported = importFile(carol, "\uFEFFname;kind;territory\r\nMaison de la famille;COMMUNITY_ORGANIZATION;Coaticook\r\n");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(carol.get(partners + "?q=coaticook").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownColumnsAndMissingRequiredOnesAreReportedOnLineOne() {
        Response refused = importFile(carol, "nom,kind\r\nX,OTHER\r\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("line").asInt() + ":" + e.get("field").asString()))
                .contains("1:nom", "1:name");
        assertThat(carol.get(partners).json().get("total").asLong()).isZero();
    }

    @Test
    void onlyAdministratorsImportButEveryMemberExports() {
        ApiClient alice = api(tokens().token("alice", network));
        assertThat(importFile(alice, HEADER + "X,OTHER,,,,,,,,,,\r\n").status()).isEqualTo(403);
        assertThat(alice.get(partners).json().get("total").asLong()).isZero();

        importFile(carol, HEADER + "CIUSSS de l'Estrie,HEALTH_INSTITUTION,,santé;social,Estrie,yes,,Nadia Côté,,n.cote@ciusss.example,,fr\r\n"
                + "CIUSSS de l'Estrie,,,,,,,Paul Smith,,,,en\r\n");
        Response export = alice.get(partners + "/export");

        assertThat(export.status()).isEqualTo(200);
        String[] lines = export.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo(HEADER.strip());
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("CIUSSS de l'Estrie,HEALTH_INSTITUTION,,santé;social,Estrie,yes,,Nadia Côté");
        assertThat(lines[2]).contains("Paul Smith");
        // what was exported imports again elsewhere, unchanged
        String other = newNetwork();
        ApiClient otherAdmin = api(tokens().of("dan").networks(List.of(other)).adminOf(List.of(other)).sign());
        assertThat(otherAdmin.send("POST", "/api/networks/" + other + "/partners/import", export.body(),
                Map.of("Content-Type", "text/csv")).json().get("imported").asInt()).isEqualTo(1);
    }
}
