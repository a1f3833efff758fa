package org.backboneplanner.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through the gateway: log in through Keycloak's page, wait for what a
 * screen shows, emulate a desktop or a phone screen, and photograph the page.
 */
final class WebBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static String axe;

    final ChromeDriver driver;
    private final String gatewayUrl;

    private WebBrowser(ChromeDriver driver, String gatewayUrl) {
        this.driver = driver;
        this.gatewayUrl = gatewayUrl;
    }

    /** .ci/run installs Debian's chromium and chromium-driver; elsewhere tests skip and say why. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static WebBrowser open(String gatewayUrl) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=fr-CA",
                    "--user-data-dir=" + Files.createTempDirectory("chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            return new WebBrowser(new ChromeDriver(service, options), gatewayUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String url(String pathAndHash) {
        return gatewayUrl + pathAndHash;
    }

    void go(String pathAndHash) {
        driver.get(url(pathAndHash));
    }

    /** Draws `pathAndHash` afresh (the same hash again would not draw the page anew) and waits for `loaded`. */
    WebElement show(String pathAndHash, By loaded) {
        driver.executeScript("document.getElementById('main').replaceChildren(); window.scrollTo(0, 0);");
        if (driver.getCurrentUrl().equals(url(pathAndHash))) {
            driver.navigate().refresh();
        } else {
            go(pathAndHash);
        }
        return await(loaded);
    }

    /** axe-core's serious and critical WCAG violations on the page as it is, one line each. */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations() {
        if (!(Boolean) driver.executeScript("return typeof window.axe !== 'undefined'")) {
            driver.executeScript(axeScript());
        }
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(result => done(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));
                """, WCAG);
    }

    /** axe-core from its WebJar (a test dependency), read once. */
    private static synchronized String axeScript() {
        if (axe == null) {
            String resource = "META-INF/resources/webjars/axe-core/" + System.getProperty("backbone.axe.version", "4.6.3")
                    + "/axe.min.js";
            try (InputStream in = WebBrowser.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path: " + resource);
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    /**
     * Where a photograph goes: system-tests/target/screenshots, so a test run leaves the work tree clean; to refresh
     * the committed ones, run with -Dbackbone.screenshots=docs/screenshots.
     */
    static Path screenshot(String name) {
        Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
        return root.resolve(System.getProperty("backbone.screenshots", "system-tests/target/screenshots"))
                .resolve(name + ".png");
    }

    /** Logs in through the gateway and Keycloak's login page. */
    void logIn(String user) {
        go("/");
        await(By.id("login")).click();
        // Keycloak with organizations asks for the username first, then the password
        await(By.id("username")).sendKeys(user);
        List<WebElement> password = driver.findElements(By.id("password"));
        if (password.isEmpty() || !password.get(0).isDisplayed()) {
            driver.findElement(By.id("kc-login")).click();
        }
        await(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        await(By.id("member-name"));
    }

    void logOut() {
        if (!driver.findElement(By.id("logout-button")).isDisplayed()) {
            driver.findElement(By.id("menu-button")).click();
        }
        await(By.id("logout-button")).click();
        await(By.id("login"));
    }

    /** The page as a screen `width` CSS pixels wide shows it; a phone also gets touch and the viewport meta tag. */
    void screen(int width, int height, boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone));
    }

    long scriptNumber(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    /** A PNG of the page from its top, at most `maxHeight` pixels of it. */
    void photograph(Path file, int maxHeight) {
        long width = scriptNumber("return document.documentElement.clientWidth");
        long height = Math.min(maxHeight, scriptNumber("return document.documentElement.scrollHeight"));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
