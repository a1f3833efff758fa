package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person logs in through the gateway with Debian's Chromium, headless: Keycloak's login page, back
 * to the app showing her name and networks, then logout, which ends the Keycloak session too.
 */
class BrowserLoginTest {

    private static RunningSystem system;
    private static WebBrowser browser;

    @BeforeAll
    static void start() {
        assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        system = RunningSystem.shared();
        browser = WebBrowser.open(system.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aliceOpensAnInitiativeAndFillsARowOfItsWorksheetInTheWebUi() {
        browser.logIn("alice");
        browser.go("/#/networks/monteregie");
        WebElement form = browser.await(By.id("new-initiative"));
        form.findElement(By.name("name")).sendKeys("Table de quartier (navigateur)");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.await(By.id("role-RESOURCES"));
        assertThat(browser.await(By.id("worksheet")).getText()).contains("Mobiliser les ressources (financières et autres)")
                .contains("Qui peut jouer ce rôle?");
        // the first events of the new initiative may redraw the worksheet live: find the button again if so
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.id("role-RESOURCES")).findElements(By.tagName("button")).stream()
                    .filter(b -> b.getText().equals("Modifier")).findFirst().orElseThrow().click();
            return true;
        });
        WebElement strengths = browser.await(By.cssSelector("#role-RESOURCES textarea[name=strengths]"));
        strengths.sendKeys("Fondation locale intéressée");
        browser.driver.findElement(By.cssSelector("#role-RESOURCES button[type=submit]")).click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("role-RESOURCES"), "Fondation locale intéressée"));
        browser.logOut();
    }

    @Test
    void aliceLogsInSeesHerNameAndNetworksAndLogsOut() {
        browser.go("/");
        browser.await(By.id("login"));
        // an anonymous visitor has no session at the gateway; only a finished login gets one
        assertThat(browser.driver.manage().getCookieNamed("SESSION")).isNull();
        browser.logIn("alice");
        assertThat(browser.driver.manage().getCookieNamed("SESSION")).isNotNull();
        assertThat(browser.driver.manage().getCookieNamed("SESSION").isHttpOnly()).isTrue();

        assertThat(browser.await(By.id("member-name")).getText()).isEqualTo("Alice Tremblay");
        assertThat(browser.await(By.id("networks")).getText()).contains("Réseau Montérégie").doesNotContain("Estrie");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        browser.await(By.id("logout-button")).click();

        browser.await(By.id("login"));
        browser.go("/oauth2/authorization/keycloak");
        // the Keycloak session ended too: it asks who you are again
        assertThat(browser.await(By.id("username")).isDisplayed()).isTrue();
    }
}
