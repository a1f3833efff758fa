package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every main screen of the web UI, at desktop width (1280) and phone width (390): axe-core finds no serious or
 * critical WCAG 2 A/AA violation, and on a phone the page never scrolls sideways. Each screen is photographed at both
 * widths, for the README (docs/screenshots/) and for a person to look at.
 */
class WebScreensTest {

    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    private static RunningSystem system;
    private static WebBrowser browser;
    private static SampleInitiative sample;

    /** A screen: where it lives, and what shows once it has everything it loads. */
    record Screen(String name, String hash, String loaded) {
    }

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

    private static List<Screen> screens() {
        String network = "/#/networks/" + sample.networkId();
        return List.of(
                new Screen("home", "/#/", "#my-steps #overdue"),
                new Screen("network", network, "#chart-coverage svg"),
                new Screen("directory", network + "/partners", "#partners a"),
                new Screen("partner", network + "/partners/" + sample.partnerId(), "#partner-resources"),
                new Screen("worksheet", sample.initiativeHash("worksheet"), "#debrief"),
                new Screen("timeline", sample.initiativeHash("timeline"), "#timeline"),
                new Screen("step2", sample.initiativeHash("step2"), "#plan-SUCCESSION, #step2 .card"),
                new Screen("resources", sample.initiativeHash("resources"), "#resource-totals"),
                new Screen("debrief", sample.initiativeHash("debrief"), "#debrief-roles"),
                new Screen("members", sample.initiativeHash("members"), "#members table"),
                new Screen("versions", sample.initiativeHash("versions"), "#versions .versions li"),
                new Screen("history", sample.initiativeHash("history"), "#history time"),
                new Screen("preferences", "/#/preferences", "#preferences-form"),
                new Screen("not-found", "/#/nowhere/at/all", "#not-found"));
    }

    /** Draws a screen from a blank main element, so that what is waited for is this screen's, not the last one's. */
    private static void show(Screen screen) {
        browser.show(screen.hash(), By.cssSelector(screen.loaded()));
    }

    private static Path screenshot(String name, String width) {
        return WebBrowser.screenshot(name + "-" + width);
    }

    @Test
    void everyMainScreenPassesAxeAtDesktopAndPhoneWidthAndAPhoneNeverScrollsSideways() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(DESKTOP, PHONE)) {
            boolean phone = width == PHONE;
            browser.screen(width, phone ? 844 : 900, phone);
            for (Screen screen : screens()) {
                show(screen);
                String where = screen.name() + " at " + width + " px: ";
                browser.seriousViolations().forEach(violation -> problems.add(where + violation));
                if (phone) {
                    long scrollWidth = browser.scriptNumber("return document.scrollingElement.scrollWidth");
                    long innerWidth = browser.scriptNumber("return window.innerWidth");
                    if (scrollWidth > innerWidth) {
                        problems.add(where + "the page scrolls sideways (" + scrollWidth + " > " + innerWidth + " px)");
                    }
                }
                browser.photograph(screenshot(screen.name(), phone ? "phone" : "desktop"), phone ? 2600 : 1800);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The main screens in English at both widths, for the README's English readers; axe-core checks them too. */
    @Test
    void theMainScreensInEnglishPassAxeAndArePhotographed() {
        List<String> problems = new ArrayList<>();
        // the debrief and the network's dashboard are photographed in both languages by DebriefScreensTest
        List<String> main = List.of("home", "worksheet", "timeline", "step2", "resources", "members");
        browser.screen(DESKTOP, 900, false);
        show(screens().get(0));
        browser.await(By.id("lang-en")).click();
        try {
            browser.await(By.cssSelector("html[lang=en]"));
            for (int width : List.of(DESKTOP, PHONE)) {
                boolean phone = width == PHONE;
                browser.screen(width, phone ? 844 : 900, phone);
                for (Screen screen : screens().stream().filter(s -> main.contains(s.name())).toList()) {
                    show(screen);
                    browser.seriousViolations().forEach(v -> problems.add(screen.name() + " in English at " + width + " px: " + v));
                    browser.photograph(screenshot(screen.name() + "-en", phone ? "phone" : "desktop"), phone ? 2600 : 1800);
                }
            }
            assertThat(browser.driver.findElement(By.id("tab-worksheet")).getText()).isEqualTo("Worksheet");
        } finally {
            browser.screen(DESKTOP, 900, false);
            browser.await(By.id("lang-fr")).click();
            browser.await(By.cssSelector("html[lang=fr]"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theMailLogOfANetworkAdministratorPassesAxeAtBothWidths() {
        List<String> problems = new ArrayList<>();
        browser.screen(DESKTOP, 900, false);
        browser.logOut();
        browser.logIn("carol");
        try {
            Screen mailLog = new Screen("mail-log", "/#/networks/estrie/mail-log", "#mail-log-previous");
            for (int width : List.of(DESKTOP, PHONE)) {
                browser.screen(width, width == PHONE ? 844 : 900, width == PHONE);
                show(mailLog);
                browser.seriousViolations().forEach(violation -> problems.add("mail log at " + width + " px: " + violation));
                if (width == PHONE && browser.scriptNumber("return document.scrollingElement.scrollWidth")
                        > browser.scriptNumber("return window.innerWidth")) {
                    problems.add("mail log at 390 px: the page scrolls sideways");
                }
                browser.photograph(screenshot(mailLog.name(), width == PHONE ? "phone" : "desktop"), 1800);
            }
        } finally {
            browser.screen(DESKTOP, 900, false);
            browser.logOut();
            browser.logIn("alice");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void onAPhoneTheHeaderFoldsItsLinksBehindAMenuButton() {
        browser.screen(PHONE, 844, true);
        show(screens().get(0));
        assertThat(browser.driver.findElement(By.id("preferences-link")).isDisplayed()).isFalse();

        browser.driver.findElement(By.id("menu-button")).click();

        assertThat(browser.await(By.id("preferences-link")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("menu-button")).getAttribute("aria-expanded")).isEqualTo("true");
        browser.photograph(screenshot("menu", "phone"), 844);
        browser.driver.findElement(By.id("preferences-link")).click();
        browser.await(By.id("preferences-form"));
        assertThat(browser.driver.findElement(By.id("preferences-link")).isDisplayed()).isFalse();
    }

    @Test
    void onAPhoneEachRoleOfTheWorksheetIsACardAsWideAsTheScreen() {
        browser.screen(PHONE, 844, true);
        show(screens().stream().filter(s -> s.name().equals("worksheet")).findFirst().orElseThrow());
        long rowWidth = browser.scriptNumber("return Math.round(document.getElementById('role-POLICY').getBoundingClientRect().width)");
        String display = (String) browser.driver.executeScript(
                "return getComputedStyle(document.getElementById('role-POLICY')).display");

        assertThat(display).isEqualTo("block");
        assertThat(rowWidth).isBetween(300L, (long) PHONE);
        assertThat(browser.driver.findElement(By.cssSelector("#role-POLICY td[data-label]")).getText()).isNotBlank();
    }

    @Test
    void aRowAndAStepBeingEditedInPlacePassAxeAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(DESKTOP, PHONE)) {
            boolean phone = width == PHONE;
            browser.screen(width, phone ? 844 : 900, phone);
            show(screens().stream().filter(s -> s.name().equals("worksheet")).findFirst().orElseThrow());
            browser.await(By.id("cell-POLICY-strengths")).click();
            browser.await(By.cssSelector("#cell-POLICY-strengths textarea")).sendKeys("\nUne force de plus");
            browser.driver.findElement(By.cssSelector("#role-RESOURCES li.step button.step-edit")).click();
            browser.await(By.cssSelector("#role-RESOURCES form.step-form.editing input[name=title]"));
            browser.seriousViolations().forEach(violation -> problems.add("editing at " + width + " px: " + violation));
            // at either width, a row editor and a step editor open never make the page scroll sideways
            long scrollWidth = browser.scriptNumber("return document.scrollingElement.scrollWidth");
            long innerWidth = browser.scriptNumber("return window.innerWidth");
            if (scrollWidth > innerWidth) {
                problems.add("editing at " + width + " px: the page scrolls sideways (" + scrollWidth + " > " + innerWidth + " px)");
            }
            browser.photograph(screenshot("worksheet-editing", phone ? "phone" : "desktop"), phone ? 2600 : 1800);
            // discard both drafts, so the other screens read as text
            browser.driver.executeScript("Object.keys(localStorage).filter(k => k.startsWith('backbone.draft:')).forEach(k => localStorage.removeItem(k))");
        }
        assertThat(problems).isEmpty();
    }
}
