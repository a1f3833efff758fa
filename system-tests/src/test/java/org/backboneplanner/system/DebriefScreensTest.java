package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The debrief screen and the network dashboard through the gateway with real Keycloak tokens: a coordinator fills a
 * worksheet, pools money and rates a role through the API ({@link SeedLikeInitiative}); the screens show the same
 * figures (single carrier, the largest funder's 90 %, Herfindahl 0.82, the rating, the coverage score 17 %) in French
 * and in English, at desktop and phone widths, with no serious or critical axe-core violation and no sideways scroll;
 * each is photographed.
 */
class DebriefScreensTest {

    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    private static WebBrowser browser;
    private static SeedLikeInitiative sample;

    @BeforeAll
    static void start() {
        assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver");
        RunningSystem system = RunningSystem.shared();
        sample = SeedLikeInitiative.write(system, "Bilan écran");
        browser = WebBrowser.open(system.gatewayUrl());
        browser.logIn("alice");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static String textOf(String css) {
        return plain(browser.await(By.cssSelector(css)).getText());
    }

    /** The text of an element, hidden parts included (a chart's table behind its toggle). */
    private static String allTextOf(String css) {
        return plain((String) browser.driver.executeScript("return document.querySelector(arguments[0]).textContent", css));
    }

    private static String hash(String tab) {
        String path = sample.path().substring(sample.path().indexOf("/networks/"));
        return "/#" + path + (tab == null ? "" : "/" + tab);
    }

    private static void language(String lang) {
        browser.await(By.id("lang-" + lang)).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> lang.equals(browser.driver.findElement(By.tagName("html"))
                .getAttribute("lang")));
    }

    private static void show(String hashToGo, String loaded) {
        browser.show(hashToGo, By.cssSelector(loaded));
    }

    /** At both widths: axe, no sideways scroll on a phone, and a photograph named after the screen and language. */
    private static void check(String screen, String lang, String hashToGo, String loaded, List<String> problems) {
        for (int width : List.of(DESKTOP, PHONE)) {
            boolean phone = width == PHONE;
            browser.screen(width, phone ? 844 : 900, phone);
            show(hashToGo, loaded);
            String where = screen + " (" + lang + ") at " + width + " px: ";
            browser.seriousViolations().forEach(violation -> problems.add(where + violation));
            if (phone && browser.scriptNumber("return document.scrollingElement.scrollWidth")
                    > browser.scriptNumber("return window.innerWidth")) {
                problems.add(where + "the page scrolls sideways");
            }
            browser.photograph(WebBrowser.screenshot(screen + "-" + lang + "-" + (phone ? "phone" : "desktop")), phone ? 6000 : 4000);
        }
        browser.screen(DESKTOP, 900, false);
    }

    @Test
    void theDebriefShowsWhatWasEnteredInFrenchAndEnglish() {
        List<String> problems = new ArrayList<>();
        browser.screen(DESKTOP, 900, false);
        browser.go(hash("debrief"));
        language("fr");
        show(hash("debrief"), "#chart-carriers svg[role=img]");
        assertThat(textOf("#risk-single-carrier")).contains("Influencer les politiques");
        assertThat(textOf("#risk-more-weaknesses")).contains("Influencer les politiques");
        assertThat(textOf("#concentration")).contains(sample.funder(), "90 %", "0,82", "100 000 $");
        assertThat(allTextOf("#chart-money-CAD table")).contains("90 000 $", "10 000 $");
        assertThat(allTextOf("#chart-ratings table")).contains("Influencer les politiques");
        assertThat(allTextOf("#chart-ratings svg")).contains("◆ 2");
        assertThat(textOf("#points-POOLED_RESOURCES"))
                .contains(plain(sample.talkingPoint("concentrated").get("textFr").asString()));
        assertThat(browser.driver.findElement(By.id("debrief-report-fr")).getAttribute("href")).endsWith("/debrief/report.pdf?lang=fr");
        assertThat(browser.driver.findElements(By.cssSelector("#my-ratings form.rating-form"))).hasSize(6);
        // a member rates a role on the screen: the write goes with the rating's ETag and the chart redraws with it
        browser.driver.findElement(By.cssSelector("#my-ratings summary")).click();
        new Select(browser.await(By.cssSelector("#rate-RESOURCES select[name=score]"))).selectByValue("4");
        browser.driver.findElement(By.cssSelector("#rate-RESOURCES input[name=why]")).sendKeys("Fondation engagée");
        browser.driver.findElement(By.cssSelector("#rate-RESOURCES button[type=submit]")).click();
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> allTextOf("#chart-ratings svg").contains("◆ 4"));
        assertThat(allTextOf("#chart-ratings svg")).contains("◆ 2");
        check("debrief", "fr", hash("debrief"), "#chart-carriers svg[role=img]", problems);

        language("en");
        show(hash("debrief"), "#chart-carriers svg[role=img]");
        assertThat(textOf("#risk-single-carrier")).contains("Advance policy");
        assertThat(textOf("#concentration")).contains(sample.funder(), "90%", "0.82", "$100,000");
        assertThat(textOf("#points-POOLED_RESOURCES"))
                .contains(plain(sample.talkingPoint("concentrated").get("textEn").asString()));
        assertThat(allTextOf("#chart-ratings svg")).contains("◆ 2");
        check("debrief", "en", hash("debrief"), "#chart-carriers svg[role=img]", problems);
        language("fr");
        assertThat(problems).isEmpty();
    }

    @Test
    void theDashboardShowsTheCoverageScoreFiltersAndTheNetworkFiguresInFrenchAndEnglish() {
        List<String> problems = new ArrayList<>();
        browser.screen(DESKTOP, 900, false);
        String network = "/#/networks/monteregie";
        browser.go(network);
        language("fr");
        show(network, "#chart-coverage svg[role=img]");
        // POLICY: one carrier 1 + pooled 1 + a step beyond a year 1; RESOURCES: pooled 1: 4 of 24
        await().atMost(Duration.ofSeconds(20)).until(() -> allTextOf("#chart-coverage table").contains(sample.name()));
        assertThat(rowOf(sample.name())).contains("17 %");
        assertThat(allTextOf("#pooled-money")).contains(sample.funder());
        assertThat(browser.driver.findElement(By.id("dashboard-csv")).getAttribute("href")).contains("/dashboard/export?lang=fr");
        browser.driver.findElement(By.cssSelector("#dashboard-filters select[name=maturity] option[value=MATURE]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !plain((String) browser.driver.executeScript(
                "const c = document.getElementById('chart-coverage'); return c ? c.textContent : ''")).contains(sample.name()));
        assertThat(browser.driver.findElement(By.id("dashboard-csv")).getAttribute("href")).contains("maturity=MATURE");
        check("dashboard", "fr", network, "#chart-coverage svg[role=img]", problems);

        language("en");
        show(network, "#chart-coverage svg[role=img]");
        assertThat(textOf("#dashboard h2")).isEqualTo("Network dashboard");
        assertThat(rowOf(sample.name())).contains("17 %");
        check("dashboard", "en", network, "#chart-coverage svg[role=img]", problems);
        language("fr");
        assertThat(problems).isEmpty();
    }

    /** The coverage chart's table row of an initiative, as text. */
    private static String rowOf(String initiativeName) {
        return plain((String) browser.driver.executeScript("""
                return [...document.querySelectorAll('#chart-coverage table tbody tr')]
                  .map(r => r.textContent).find(t => t.includes(arguments[0])) || ''""", initiativeName));
    }
}
