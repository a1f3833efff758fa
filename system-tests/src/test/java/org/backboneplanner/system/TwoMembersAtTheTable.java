package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;

/**
 * Where the browser journeys start: alice coordinates the sample initiative, bob has joined it as a partner, and
 * a browser is logged in as alice. Each has an API client through the gateway with a real Keycloak token. A test
 * class registers it as a static {@code @RegisterExtension} field: the table is seated before the class's tests and
 * the browser closed after them, and the tests read who sits there through its accessors.
 */
final class TwoMembersAtTheTable implements BeforeAllCallback, AfterAllCallback {

    private SampleInitiative sample;
    private ApiClient alice;
    private ApiClient bob;
    private String base;
    private WebBrowser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        RunningSystem system = RunningSystem.shared();
        sample = SampleInitiative.write(system);
        alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        bob = new ApiClient(system.gatewayUrl(), system.token("bob"));
        base = "/api/networks/" + sample.networkId() + "/initiatives/" + sample.initiativeId();
        assertThat(alice.post(base + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob Gagnon",
                "role", "PARTNER", "language", "fr")).status()).isEqualTo(201);
        assertThat(bob.get(base).json().get("myRole").asString()).isEqualTo("PARTNER");
        browser = WebBrowser.open(system.gatewayUrl());
        browser.logIn("alice");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    SampleInitiative sample() {
        return sample;
    }

    ApiClient alice() {
        return alice;
    }

    ApiClient bob() {
        return bob;
    }

    /** The initiative's API path through the gateway: {@code /api/networks/…/initiatives/…}. */
    String base() {
        return base;
    }

    /** The browser, logged in as alice. */
    WebBrowser browser() {
        return browser;
    }

    /** alice adds a next step to a role through the API, with no owner; its id. */
    String addStep(String role, String title, String due) {
        return alice.post(base + "/worksheet/roles/" + role + "/next-steps", Map.of("title", title, "owner", Map.of(),
                "dueDate", due)).json().get("id").asString();
    }

    /** Shows one of the initiative's tabs drawn afresh. */
    void openTab(String tab) {
        browser.show(sample.initiativeHash(tab), By.id("tab-panel"));
    }
}
