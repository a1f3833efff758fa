package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web UI in both languages: the header's FR/EN switch redraws the page, is remembered, and rides on every API
 * call as Accept-Language; French counts and elisions read right; dates follow the locale; a server's problem reads
 * in the user's words, never with a field's code; each button names what it acts on.
 */
class WebLanguageTest {

    private static RunningSystem system;
    private static WebBrowser browser;
    private static SampleInitiative sample;

    @BeforeAll
    static void start() {
        assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        system = RunningSystem.shared();
        sample = SampleInitiative.write(system);
        browser = WebBrowser.open(system.gatewayUrl());
        browser.logIn("alice");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void inFrench() {
        browser.screen(1280, 900, false);
        browser.go(sample.initiativeHash("worksheet"));
        browser.await(By.id("worksheet"));
        if (!"fr".equals(lang())) {
            browser.driver.findElement(By.id("lang-fr")).click();
            browser.awaitText(By.id("worksheet"), "Qui peut jouer ce rôle?");
        }
    }

    private String lang() {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void theSwitchRedrawsThePageInEnglishRemembersItAndSendsItWithEveryCall() {
        // every call the page makes from now on is recorded with its Accept-Language
        browser.driver.executeScript("""
                window.recordedCalls = [];
                const original = window.fetch;
                window.fetch = (path, init) => {
                  window.recordedCalls.push(path + ' ' + ((init && init.headers && init.headers['Accept-Language']) || '-'));
                  return original(path, init);
                };""");

        browser.driver.findElement(By.id("lang-en")).click();

        browser.awaitText(By.id("worksheet"), "Who can play this role?");
        assertThat(lang()).isEqualTo("en");
        assertThat(browser.driver.findElement(By.id("logout-button")).getText()).isEqualTo("Log out");
        assertThat(browser.driver.findElement(By.id("lang-en")).getAttribute("aria-pressed")).isEqualTo("true");
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) browser.driver.executeScript("return window.recordedCalls");
        assertThat(calls).filteredOn(call -> call.startsWith("/api/")).isNotEmpty().allMatch(call -> call.endsWith(" en"));

        browser.driver.navigate().refresh();
        browser.awaitText(By.id("worksheet"), "Who can play this role?");
        assertThat(lang()).isEqualTo("en");
    }

    @Test
    void datesReadInTheUsersLocale() {
        WebElement due = browser.await(By.cssSelector("time[datetime='" + sample.stepDue() + "']"));
        String year = sample.stepDue().substring(0, 4);
        assertThat(due.getText()).isEqualTo("15 mars " + year);

        browser.driver.findElement(By.id("lang-en")).click();

        browser.awaitText(By.id("worksheet"), "Who can play this role?");
        assertThat(browser.driver.findElement(By.cssSelector("time[datetime='" + sample.stepDue() + "']")).getText())
                .isEqualTo("Mar 15, " + year);
    }

    @Test
    void frenchCountsZeroOneAndManyAndElidesBeforeAVowel() {
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/i18n.js').then(i18n => done({
                  zero: i18n.plural('count.roles', 0), one: i18n.plural('count.roles', 1), many: i18n.plural('count.roles', 2),
                  alice: i18n.phrase('answeredBy', { name: 'Alice', when: 'hier' }),
                  bob: i18n.phrase('answeredBy', { name: 'Bob', when: 'hier' }) }));""");

        assertThat(texts).containsEntry("zero", "aucun rôle").containsEntry("one", "1 rôle").containsEntry("many", "2 rôles")
                .containsEntry("alice", "Réponse d'Alice, hier").containsEntry("bob", "Réponse de Bob, hier");

        browser.go(sample.initiativeHash("debrief"));
        browser.awaitText(By.id("question-STRENGTHS_AND_WEAKNESSES"), "Réponse d'Alice Tremblay");
    }

    @Test
    void aProblemFromTheServerNamesTheFieldInTheUsersWordsNeverByItsCode() {
        browser.go("/#/networks/" + sample.networkId());
        WebElement form = browser.await(By.id("new-initiative"));
        form.findElement(By.name("name")).sendKeys("Horizon trop court");
        WebElement start = form.findElement(By.name("startYear"));
        start.clear();
        start.sendKeys("2030");
        WebElement end = form.findElement(By.name("endYear"));
        end.clear();
        end.sendKeys("2030");

        form.findElement(By.cssSelector("button[type=submit]")).click();

        String error = browser.await(By.cssSelector("#new-initiative p.error")).getText();
        assertThat(error).contains("Année de fin").doesNotContain("endYear").doesNotContain("horizonLongEnough");
    }

    @Test
    void eachButtonOfARowNamesTheRoleItActsOn() {
        String role = browser.driver.findElement(By.cssSelector("#role-POLICY .role-name")).getText();
        List<String> labels = browser.driver.findElements(By.cssSelector("#role-POLICY th button")).stream()
                .map(b -> b.getAttribute("aria-label")).toList();

        assertThat(labels).contains("Modifier — " + role, "Commentaires — " + role);
    }

    @Test
    void aTableThatScrollsOnItsOwnIsReachableByKeyboardAndNamed() {
        browser.go(sample.initiativeHash("resources"));
        browser.await(By.id("resource-totals"));

        List<WebElement> scrolling = browser.driver.findElements(By.cssSelector(".table-scroll"));

        assertThat(scrolling).isNotEmpty().allSatisfy(region -> {
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
        });
    }
}
