package org.backboneplanner.partner.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of the directory has no version of its own: it is tagged with a hash of itself, and a client that
 * still holds it gets 304 and no body; a partner registered, or another search, gets the new page.
 */
class DirectoryConditionalReadTest extends ServiceIntegrationTest {

    private ApiClient alice;
    private String partners;

    @BeforeEach
    void setUp() {
        String network = newNetwork();
        alice = api(tokens().token("alice", network));
        partners = "/api/networks/" + network + "/partners";
        alice.post(partners, Map.of("name", "Ville de Granby", "kind", "MUNICIPALITY"));
    }

    @Test
    void aPageTheClientStillHoldsIsAnswered304WithoutItsBody() {
        Response page = alice.get(partners);

        String tag = page.header("ETag");
        assertThat(tag).as("a strong tag").startsWith("\"").endsWith("\"");
        Response again = alice.getIfNoneMatch(partners, tag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(alice.getIfNoneMatch(partners + "?q=granby&sort=name", alice.get(partners + "?q=granby&sort=name").header("ETag"))
                .status()).isEqualTo(304);
    }

    @Test
    void aChangedDirectoryOrAnotherSearchGetsItsOwnPage() {
        String tag = alice.get(partners).header("ETag");

        assertThat(alice.getIfNoneMatch(partners + "?kind=FUNDER", tag).status()).as("another search").isEqualTo(200);
        alice.post(partners, Map.of("name", "Fondation Chagnon", "kind", "FUNDER", "sectors", List.of("famille")));
        Response after = alice.getIfNoneMatch(partners, tag);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(tag);
        assertThat(after.json().get("total").asLong()).isEqualTo(2);
    }
}
