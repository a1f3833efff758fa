package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person logs in through the gateway with Debian's Chromium, headless: Keycloak's login page, back
 * to the app showing her name and networks, then logout, which ends the Keycloak session too.
 */
class BrowserLoginTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static RunningSystem system;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // .ci/run installs Debian's chromium and chromium-driver; elsewhere the test says why it skips
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        system = RunningSystem.shared();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Logs in through the gateway and Keycloak's login page. */
    private void logIn(String user) {
        browser.get(system.gatewayUrl() + "/");
        await(By.id("login")).click();
        // Keycloak with organizations asks for the username first, then the password
        await(By.id("username")).sendKeys(user);
        List<WebElement> password = browser.findElements(By.id("password"));
        if (password.isEmpty() || !password.get(0).isDisplayed()) {
            browser.findElement(By.id("kc-login")).click();
        }
        await(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
        await(By.id("member-name"));
    }

    private void logOut() {
        await(By.id("logout-button")).click();
        await(By.id("login"));
    }

    @Test
    void aliceOpensAnInitiativeAndFillsARowOfItsWorksheetInTheWebUi() {
        logIn("alice");
        browser.get(system.gatewayUrl() + "/#/networks/monteregie");
        WebElement form = await(By.id("new-initiative"));
        form.findElement(By.name("name")).sendKeys("Table de quartier (navigateur)");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement row = await(By.id("role-RESOURCES"));
        assertThat(await(By.id("worksheet")).getText()).contains("Mobiliser les ressources (financières et autres)")
                .contains("Qui peut jouer ce rôle?");
        row.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Modifier")).findFirst()
                .orElseThrow().click();
        WebElement strengths = await(By.cssSelector("#role-RESOURCES textarea[name=strengths]"));
        strengths.sendKeys("Fondation locale intéressée");
        browser.findElement(By.cssSelector("#role-RESOURCES button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("role-RESOURCES"), "Fondation locale intéressée"));
        logOut();
    }

    @Test
    void aliceLogsInSeesHerNameAndNetworksAndLogsOut() {
        browser.get(system.gatewayUrl() + "/");
        await(By.id("login"));
        // an anonymous visitor has no session at the gateway; only a finished login gets one
        assertThat(browser.manage().getCookieNamed("SESSION")).isNull();
        logIn("alice");
        assertThat(browser.manage().getCookieNamed("SESSION")).isNotNull();
        assertThat(browser.manage().getCookieNamed("SESSION").isHttpOnly()).isTrue();

        assertThat(await(By.id("member-name")).getText()).isEqualTo("Alice Tremblay");
        assertThat(await(By.id("networks")).getText()).contains("Réseau Montérégie").doesNotContain("Estrie");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        await(By.id("logout-button")).click();

        await(By.id("login"));
        browser.get(system.gatewayUrl() + "/oauth2/authorization/keycloak");
        // the Keycloak session ended too: it asks who you are again
        assertThat(await(By.id("username")).isDisplayed()).isTrue();
    }
}
