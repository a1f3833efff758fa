package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backboneplanner.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Next steps in a browser: edited in place (title, owner, due date, with the server's warning for a date outside the
 * horizon), removed with an undo, reordered from the keyboard; the timeline per role and year; my steps on home.
 */
class WebStepsTest {

    private static TwoMembersAtTheTable table;
    private static WebBrowser browser;
    private static SampleInitiative sample;
    private static ApiClient alice;
    private static String base;

    @BeforeAll
    static void start() {
        table = TwoMembersAtTheTable.seat();
        browser = table.browser();
        sample = table.sample();
        alice = table.alice();
        base = table.base();
        browser.screen(1280, 900, false);
    }

    @AfterAll
    static void stop() {
        if (table != null) {
            table.leave();
        }
    }

    private String addStep(String role, String title, String due) {
        return alice.post(base + "/worksheet/roles/" + role + "/next-steps", Map.of("title", title, "owner", Map.of(),
                "dueDate", due)).json().get("id").asString();
    }

    private void openWorksheet() {
        browser.show(sample.initiativeHash("worksheet"), By.id("worksheet"));
    }

    @Test
    void aStepIsEditedInPlaceAndADateOutsideTheHorizonIsWarned() {
        String id = addStep("ALIGNED_ACTIVITIES", "Cartographier les activités", "2027-09-01");
        openWorksheet();
        browser.await(By.cssSelector("#step-" + id + " button.step-edit")).click();

        WebElement title = browser.await(By.cssSelector("#edit-step-" + id + " input[name=title]"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Cartographier les activités des partenaires");
        new Select(browser.driver.findElement(By.cssSelector("#edit-step-" + id + " select[name=owner]"))).selectByVisibleText("Bob Gagnon");
        browser.driver.executeScript("const d = arguments[0]; d.value = '2033-05-01'; d.dispatchEvent(new Event('input', { bubbles: true }));",
                browser.driver.findElement(By.cssSelector("#edit-step-" + id + " input[name=dueDate]")));
        browser.driver.findElement(By.cssSelector("#edit-step-" + id + " button[type=submit]")).click();

        browser.awaitText(By.id("step-" + id), "Cartographier les activités des partenaires");
        assertThat(browser.driver.findElement(By.id("step-" + id)).getText()).contains("Bob Gagnon")
                .contains("hors de l'horizon de planification (2026–2029)");
        JsonNode stored = alice.get(base + "/worksheet/roles/ALIGNED_ACTIVITIES").json();
        JsonNode step = stored.get("nextSteps").valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(step.get("dueDate").asString()).isEqualTo("2033-05-01");
        assertThat(step.get("owner").get("name").asString()).isEqualTo("Bob Gagnon");
    }

    @Test
    void aRemovedStepComesBackWithUndo() {
        String id = addStep("COMMUNITY_ENGAGEMENT", "Sonder les familles", "2027-02-01");
        openWorksheet();

        browser.await(By.cssSelector("#step-" + id + " button.step-remove")).click();

        browser.await(By.id("toast"));
        awaitNone("#step-" + id);
        browser.driver.findElement(By.id("toast-action")).click();

        browser.await(By.id("step-" + id));
        assertThat(browser.driver.findElement(By.id("step-" + id)).getText()).contains("Sonder les familles");
    }

    @Test
    void stepsAreReorderedFromTheKeyboard() {
        String first = addStep("SHARED_MEASUREMENT", "Choisir les indicateurs", "2027-01-15");
        String second = addStep("SHARED_MEASUREMENT", "Former les partenaires", "2027-04-15");
        openWorksheet();
        WebElement down = browser.await(By.cssSelector("#step-" + first + " button.step-down"));
        browser.driver.executeScript("arguments[0].focus()", down);

        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> order().equals(List.of(second, first)));
        List<String> stored = alice.get(base + "/worksheet/roles/SHARED_MEASUREMENT").json().get("nextSteps").valueStream()
                .map(s -> s.get("id").asString()).toList();
        assertThat(stored).containsExactly(second, first);
    }

    @Test
    void theTimelineShowsEachStepInItsYearAndHomeListsMyOverdueSteps() {
        browser.go(sample.initiativeHash("timeline"));
        WebElement resources = browser.await(By.id("timeline-RESOURCES"));
        List<String> years = browser.driver.findElements(By.cssSelector("#timeline thead th")).stream().map(WebElement::getText).toList();
        int column = years.indexOf("2027");
        assertThat(column).isPositive();
        assertThat(resources.findElements(By.cssSelector("td")).get(column - 1).getText()).contains("Déposer une demande au fonds régional");

        browser.go("/#/");
        // the sample's step due 2026-06-30 is overdue; every step of alice is listed with its initiative
        WebElement overdue = browser.await(By.id("overdue"));
        assertThat(overdue.findElements(By.cssSelector("a[href*='" + sample.initiativeId() + "']")))
                .extracting(WebElement::getText).contains("Rencontrer la préfète de la MRC");
        assertThat(browser.driver.findElement(By.id("upcoming")).findElements(By.cssSelector("a[href*='" + sample.initiativeId() + "']")))
                .extracting(WebElement::getText).contains("Déposer une demande au fonds régional");
    }

    @Test
    void stepTwoReadsAsTextUntilEditedAndMoneySaysItsPeriod() {
        browser.go(sample.initiativeHash("step2"));
        WebElement sharing = browser.await(By.id("sharing-POLICY"));
        assertThat(sharing.findElements(By.tagName("form"))).isEmpty();

        sharing.findElement(By.tagName("button")).click();

        browser.await(By.cssSelector("#sharing-POLICY form input[name=shared]"));
        browser.go(sample.initiativeHash("resources"));
        // the grant's amount names its period right after it ("25 000,00 $ pour la période 1 janv. 2026 → …")
        browser.await(By.id("resource-totals"));
        assertThat(browser.driver.findElement(By.id("tab-panel")).getText()).containsPattern("\\$ pour la période \\d");
    }

    @SuppressWarnings("unchecked")
    private List<String> order() {
        return (List<String>) browser.driver.executeScript(
                "return [...document.querySelectorAll('#role-SHARED_MEASUREMENT li.step')].map(li => li.id.substring(5))");
    }

    private void awaitNone(String css) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }
}
