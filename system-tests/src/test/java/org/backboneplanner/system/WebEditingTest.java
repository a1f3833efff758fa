package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The worksheet edited in place, in a browser, without losing a word: a save that meets another member's change
 * merges both texts, a draft survives a page reload, and cells are edited with the keyboard (Enter, Tab, Esc).
 */
class WebEditingTest {

    private static TwoMembersAtTheTable table;
    private static WebBrowser browser;
    private static SampleInitiative sample;
    private static ApiClient alice;
    private static ApiClient bob;
    private static String base;

    @BeforeAll
    static void start() {
        table = TwoMembersAtTheTable.seat();
        browser = table.browser();
        sample = table.sample();
        alice = table.alice();
        bob = table.bob();
        base = table.base();
    }

    @AfterAll
    static void stop() {
        if (table != null) {
            table.leave();
        }
    }

    @BeforeEach
    void onTheWorksheet() {
        browser.screen(1280, 900, false);
        browser.show(sample.initiativeHash("worksheet"), By.id("worksheet"));
    }

    @Test
    void twoMembersEditTheSameRowAndBothTextsSurvive() {
        browser.await(By.id("cell-POLICY-strengths")).click();
        WebElement strengths = browser.await(By.cssSelector("#cell-POLICY-strengths textarea"));
        strengths.sendKeys(Keys.END, "\nPorte-parole reconnue au conseil");

        // bob saves the same row from what is stored now: alice's draft started before his change
        String row = base + "/worksheet/roles/POLICY";
        assertThat(bob.patch(row, Map.of("strengths", List.of("Liens avec la MRC", "Bob connaît le maire"),
                "weaknesses", List.of("Personne ne suit les consultations publiques")),
                Map.of("If-Match", bob.get(row).header("ETag"))).status()).isEqualTo(200);

        browser.driver.findElement(By.cssSelector("#role-POLICY button[type=submit]")).click();

        WebElement panel = browser.await(By.id("conflict-panel"));
        assertThat(panel.getText()).contains("+ Bob connaît le maire");
        assertThat(browser.driver.findElement(By.cssSelector("#cell-POLICY-strengths textarea")).getAttribute("value"))
                .contains("Porte-parole reconnue au conseil").contains("Bob connaît le maire");

        browser.driver.findElement(By.cssSelector("#role-POLICY button[type=submit]")).click();

        browser.awaitText(By.id("cell-POLICY-strengths"), "Porte-parole reconnue au conseil");
        assertThat(browser.driver.findElements(By.cssSelector("#role-POLICY textarea"))).isEmpty();
        List<String> stored = alice.get(row).json().get("strengths").valueStream().map(JsonNode::asString).toList();
        // alice's line stays after the line it followed in her draft, bob's is kept too
        assertThat(stored).containsExactly("Liens avec la MRC", "Porte-parole reconnue au conseil", "Bob connaît le maire");
    }

    @Test
    void aDraftSurvivesAReloadUntilItIsDiscarded() {
        browser.await(By.id("cell-VISION_STRATEGY-weaknesses")).click();
        browser.await(By.cssSelector("#cell-VISION_STRATEGY-weaknesses textarea")).sendKeys("Pas de vision écrite");

        browser.driver.navigate().refresh();

        browser.await(By.id("draft-restored-VISION_STRATEGY"));
        WebElement restored = browser.await(By.cssSelector("#cell-VISION_STRATEGY-weaknesses textarea"));
        assertThat(restored.getAttribute("value")).isEqualTo("Pas de vision écrite");

        restored.sendKeys(Keys.ESCAPE);

        awaitNone("#role-VISION_STRATEGY textarea");
        browser.driver.navigate().refresh();
        browser.await(By.id("cell-VISION_STRATEGY-weaknesses"));
        assertThat(browser.driver.findElements(By.cssSelector("#role-VISION_STRATEGY textarea"))).isEmpty();
    }

    @Test
    void cellsAreEditedWithTheKeyboardEnterTabAndEsc() {
        WebElement cell = browser.await(By.id("cell-SHARED_MEASUREMENT-strengths"));
        browser.driver.executeScript("arguments[0].focus()", cell);

        cell.sendKeys(Keys.ENTER);

        WebElement strengths = browser.await(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea"));
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(strengths);
        strengths.sendKeys("Tableau de bord partagé");
        strengths.sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement())
                .isEqualTo(browser.driver.findElement(By.cssSelector("#cell-SHARED_MEASUREMENT-weaknesses textarea")));

        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

        awaitNone("#role-SHARED_MEASUREMENT textarea");
        assertThat(browser.driver.findElement(By.id("cell-SHARED_MEASUREMENT-strengths")).getText())
                .doesNotContain("Tableau de bord partagé");

        // again, and saved: focus comes back to the cell the user was in
        browser.driver.executeScript("arguments[0].focus()", browser.driver.findElement(By.id("cell-SHARED_MEASUREMENT-strengths")));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.await(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea")).sendKeys("Tableau de bord partagé");
        browser.driver.findElement(By.cssSelector("#role-SHARED_MEASUREMENT button[type=submit]")).click();

        browser.awaitText(By.id("cell-SHARED_MEASUREMENT-strengths"), "Tableau de bord partagé");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "cell-SHARED_MEASUREMENT-strengths".equals(focusedId()));
    }

    private String focusedId() {
        return (String) browser.driver.executeScript("return document.activeElement && document.activeElement.id");
    }

    private void awaitNone(String css) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }
}
