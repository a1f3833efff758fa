package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    static final TwoMembersAtTheTable table = new TwoMembersAtTheTable();

    @BeforeAll
    static void wideScreen() {
        table.browser().screen(1280, 900, false);
    }

    private void openWorksheet() {
        table.browser().show(table.sample().initiativeHash("worksheet"), By.id("worksheet"));
    }

    @Test
    void aStepIsEditedInPlaceAndADateOutsideTheHorizonIsWarned() {
        String id = table.addStep("ALIGNED_ACTIVITIES", "Cartographier les activités", "2027-09-01");
        openWorksheet();
        table.browser().await(By.cssSelector("#step-" + id + " button.step-edit")).click();

        WebElement title = table.browser().await(By.cssSelector("#edit-step-" + id + " input[name=title]"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Cartographier les activités des partenaires");
        new Select(table.browser().driver.findElement(By.cssSelector("#edit-step-" + id + " select[name=owner]")))
                .selectByVisibleText("Bob Gagnon");
        table.browser().driver.executeScript("const d = arguments[0]; d.value = '2033-05-01'; d.dispatchEvent(new Event('input', { bubbles: true }));",
                table.browser().driver.findElement(By.cssSelector("#edit-step-" + id + " input[name=dueDate]")));
        table.browser().driver.findElement(By.cssSelector("#edit-step-" + id + " button[type=submit]")).click();

        table.browser().awaitText(By.id("step-" + id), "Cartographier les activités des partenaires");
        assertThat(table.browser().driver.findElement(By.id("step-" + id)).getText()).contains("Bob Gagnon")
                .contains("hors de l'horizon de planification (2026–" + SampleInitiative.END_YEAR + ")");
        JsonNode stored = table.alice().get(table.base() + "/worksheet/roles/ALIGNED_ACTIVITIES").json();
        JsonNode step = stored.get("nextSteps").valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(step.get("dueDate").asString()).isEqualTo("2033-05-01");
        assertThat(step.get("owner").get("name").asString()).isEqualTo("Bob Gagnon");
    }

    @Test
    void aRemovedStepComesBackWithUndo() {
        String id = removedOnScreen(table.addStep("COMMUNITY_ENGAGEMENT", "Sonder les familles", "2027-02-01"));

        table.browser().driver.findElement(By.id("toast-action")).click();

        table.browser().await(By.id("step-" + id));
        assertThat(table.browser().driver.findElement(By.id("step-" + id)).getText()).contains("Sonder les familles");
    }

    @Test
    void aStepRemovedBeforeAReloadIsPutBackFromTheHistory() {
        String id = removedOnScreen(table.addStep("POLICY", "Écrire au conseil", "2027-02-01"));

        // the toast's few seconds are gone with a reload; the history offers the step back while it may be restored
        table.browser().driver.navigate().refresh();
        table.browser().show(table.sample().initiativeHash("history"), By.id("history"));
        table.browser().awaitText(By.id("removed-" + id), "« Écrire au conseil » (Influencer les politiques)");
        table.browser().driver.findElement(By.cssSelector("#removed-" + id + " button")).click();

        table.browser().awaitText(By.id("step-" + id), "Écrire au conseil");
        assertThat(table.browser().driver.getCurrentUrl()).contains("/worksheet#step-" + id);
    }

    @Test
    void stepsAreReorderedFromTheKeyboard() {
        String first = table.addStep("SHARED_MEASUREMENT", "Choisir les indicateurs", "2027-01-15");
        String second = table.addStep("SHARED_MEASUREMENT", "Former les partenaires", "2027-04-15");
        openWorksheet();
        WebElement down = table.browser().await(By.cssSelector("#step-" + first + " button.step-down"));
        table.browser().driver.executeScript("arguments[0].focus()", down);

        table.browser().driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> order().equals(List.of(second, first)));
        List<String> stored = table.alice().get(table.base() + "/worksheet/roles/SHARED_MEASUREMENT").json().get("nextSteps")
                .valueStream().map(s -> s.get("id").asString()).toList();
        assertThat(stored).containsExactly(second, first);
    }

    @Test
    void theTimelineShowsEachStepInItsYearAndHomeListsMyOverdueSteps() {
        // a step of the (mature) sample's succession plan: the timeline shows the plans' steps too
        assertThat(table.alice().post(table.base() + "/worksheet/plans/SUCCESSION/next-steps", Map.of("title",
                "Former une relève à la coordination", "owner", Map.of(), "dueDate", "2028-06-01")).status()).isEqualTo(201);
        table.browser().go(table.sample().initiativeHash("timeline"));
        table.browser().awaitText(By.id("timeline-plan-SUCCESSION"), "Former une relève à la coordination");
        assertThat(table.browser().driver.findElement(By.cssSelector("#timeline-plan-SUCCESSION th")).getText()).isEqualTo("Relève");
        WebElement resources = table.browser().await(By.id("timeline-RESOURCES"));
        List<String> years = table.browser().driver.findElements(By.cssSelector("#timeline thead th")).stream()
                .map(WebElement::getText).toList();
        int column = years.indexOf(String.valueOf(LocalDate.parse(table.sample().stepDue()).getYear()));
        assertThat(column).isPositive();
        assertThat(resources.findElements(By.cssSelector("td")).get(column - 1).getText()).contains("Déposer une demande au fonds régional");

        table.browser().go("/#/");
        // the sample's step due 2026-06-30 is overdue; every step of alice is listed with its initiative
        WebElement overdue = table.browser().await(By.id("overdue"));
        assertThat(overdue.findElements(By.cssSelector("a[href*='" + table.sample().initiativeId() + "']")))
                .extracting(WebElement::getText).contains("Rencontrer la préfète de la MRC");
        assertThat(table.browser().driver.findElement(By.id("upcoming"))
                .findElements(By.cssSelector("a[href*='" + table.sample().initiativeId() + "']")))
                .extracting(WebElement::getText).contains("Déposer une demande au fonds régional");
    }

    @Test
    void stepTwoReadsAsTextUntilEditedAndMoneySaysItsPeriod() {
        table.browser().go(table.sample().initiativeHash("step2"));
        WebElement sharing = table.browser().await(By.id("sharing-POLICY"));
        assertThat(sharing.findElements(By.tagName("form"))).isEmpty();

        sharing.findElement(By.tagName("button")).click();

        table.browser().await(By.cssSelector("#sharing-POLICY form input[name=shared]"));
        table.browser().go(table.sample().initiativeHash("resources"));
        // the grant's amount names its period right after it ("25 000,00 $ pour la période 1 janv. 2026 → …")
        table.browser().await(By.id("resource-totals"));
        assertThat(table.browser().driver.findElement(By.id("tab-panel")).getText()).containsPattern("\\$ pour la période \\d");
    }

    @SuppressWarnings("unchecked")
    private List<String> order() {
        return (List<String>) table.browser().driver.executeScript(
                "return [...document.querySelectorAll('#role-SHARED_MEASUREMENT li.step')].map(li => li.id.substring(5))");
    }

    /** The step removed with its button on the worksheet: gone from it, its undo offered. */
    private String removedOnScreen(String id) {
        openWorksheet();
        table.browser().await(By.cssSelector("#step-" + id + " button.step-remove")).click();
        table.browser().await(By.id("toast"));
        awaitNone("#step-" + id);
        return id;
    }

    private void awaitNone(String css) {
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }
}
