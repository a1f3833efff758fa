package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.openqa.selenium.By;

/**
 * Where the browser journeys start: alice coordinates the sample initiative, bob has joined it as a partner, and
 * a browser is logged in as alice. Each has an API client through the gateway with a real Keycloak token.
 */
record TwoMembersAtTheTable(RunningSystem system, SampleInitiative sample, ApiClient alice, ApiClient bob, String base,
                            WebBrowser browser) {

    static TwoMembersAtTheTable seat() {
        assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        RunningSystem system = RunningSystem.shared();
        SampleInitiative sample = SampleInitiative.write(system);
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        ApiClient bob = new ApiClient(system.gatewayUrl(), system.token("bob"));
        String base = "/api/networks/" + sample.networkId() + "/initiatives/" + sample.initiativeId();
        assertThat(alice.post(base + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob Gagnon",
                "role", "PARTNER", "language", "fr")).status()).isEqualTo(201);
        assertThat(bob.get(base).json().get("myRole").asString()).isEqualTo("PARTNER");
        WebBrowser browser = WebBrowser.open(system.gatewayUrl());
        browser.logIn("alice");
        return new TwoMembersAtTheTable(system, sample, alice, bob, base, browser);
    }

    /** Shows one of the initiative's tabs drawn afresh. */
    void openTab(String tab) {
        browser.show(sample.initiativeHash(tab), By.id("tab-panel"));
    }

    void leave() {
        browser.close();
    }
}
