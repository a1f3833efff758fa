package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The worksheet edited in place, in a browser, without losing a word: a save that meets another member's change
 * merges both texts, a draft survives a page reload, and cells are edited with the keyboard (Enter, Tab, Esc).
 */
class WebEditingTest {

    @RegisterExtension
    static final TwoMembersAtTheTable table = new TwoMembersAtTheTable();

    @BeforeEach
    void onTheWorksheet() {
        table.browser().screen(1280, 900, false);
        table.browser().show(table.sample().initiativeHash("worksheet"), By.id("worksheet"));
    }

    @Test
    void twoMembersEditTheSameRowAndBothTextsSurvive() {
        table.browser().await(By.id("cell-POLICY-strengths")).click();
        WebElement strengths = table.browser().await(By.cssSelector("#cell-POLICY-strengths textarea"));
        strengths.sendKeys(Keys.END, "\nPorte-parole reconnue au conseil");

        // bob saves the same row from what is stored now: alice's draft started before his change
        String row = table.base() + "/worksheet/roles/POLICY";
        assertThat(table.bob().patch(row, Map.of("strengths", List.of("Liens avec la MRC", "Bob connaît le maire"),
                "weaknesses", List.of("Personne ne suit les consultations publiques")),
                Map.of("If-Match", table.bob().get(row).header("ETag"))).status()).isEqualTo(200);

        table.browser().driver.findElement(By.cssSelector("#role-POLICY button[type=submit]")).click();

        WebElement panel = table.browser().await(By.id("conflict-panel"));
        assertThat(panel.getText()).contains("+ Bob connaît le maire");
        table.browser().awaitText(By.cssSelector("#conflict-panel .conflict-title"), "Bob Gagnon a enregistré cette ligne (");
        // in the row's bold heading cell, only the panel's title is bold
        assertThat(panel.findElement(By.cssSelector(".change.added")).getCssValue("font-weight")).isEqualTo("400");
        assertThat(table.browser().driver.findElement(By.cssSelector("#cell-POLICY-strengths textarea")).getAttribute("value"))
                .contains("Porte-parole reconnue au conseil").contains("Bob connaît le maire");

        table.browser().driver.findElement(By.cssSelector("#role-POLICY button[type=submit]")).click();

        table.browser().awaitText(By.id("cell-POLICY-strengths"), "Porte-parole reconnue au conseil");
        assertThat(table.browser().driver.findElements(By.cssSelector("#role-POLICY textarea"))).isEmpty();
        List<String> stored = table.alice().get(row).json().get("strengths").valueStream().map(JsonNode::asString).toList();
        // alice's line stays after the line it followed in her draft, bob's is kept too
        assertThat(stored).containsExactly("Liens avec la MRC", "Porte-parole reconnue au conseil", "Bob connaît le maire");
    }

    @Test
    void aDraftSurvivesAReloadUntilItIsDiscarded() {
        table.browser().await(By.id("cell-VISION_STRATEGY-weaknesses")).click();
        table.browser().await(By.cssSelector("#cell-VISION_STRATEGY-weaknesses textarea")).sendKeys("Pas de vision écrite");

        table.browser().driver.navigate().refresh();

        table.browser().await(By.id("draft-restored-VISION_STRATEGY"));
        WebElement restored = table.browser().await(By.cssSelector("#cell-VISION_STRATEGY-weaknesses textarea"));
        assertThat(restored.getAttribute("value")).isEqualTo("Pas de vision écrite");

        restored.sendKeys(Keys.ESCAPE);
        answerDropIt(true);

        awaitNone("#role-VISION_STRATEGY textarea");
        table.browser().driver.navigate().refresh();
        table.browser().await(By.id("cell-VISION_STRATEGY-weaknesses"));
        assertThat(table.browser().driver.findElements(By.cssSelector("#role-VISION_STRATEGY textarea"))).isEmpty();
    }

    @Test
    void cellsAreEditedWithTheKeyboardEnterTabAndEsc() {
        WebElement cell = table.browser().await(By.id("cell-SHARED_MEASUREMENT-strengths"));
        table.browser().driver.executeScript("arguments[0].focus()", cell);

        cell.sendKeys(Keys.ENTER);

        WebElement strengths = table.browser().await(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea"));
        assertThat(table.browser().driver.switchTo().activeElement()).isEqualTo(strengths);
        strengths.sendKeys("Tableau de bord partagé");
        strengths.sendKeys(Keys.TAB);
        assertThat(table.browser().driver.switchTo().activeElement())
                .isEqualTo(table.browser().driver.findElement(By.cssSelector("#cell-SHARED_MEASUREMENT-weaknesses textarea")));

        // Esc after typing asks first: kept when the user says no, dropped when they say yes
        table.browser().driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        answerDropIt(false);
        assertThat(table.browser().driver.findElement(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea"))
                .getAttribute("value")).isEqualTo("Tableau de bord partagé");
        table.browser().driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        answerDropIt(true);

        awaitNone("#role-SHARED_MEASUREMENT textarea");
        assertThat(table.browser().driver.findElement(By.id("cell-SHARED_MEASUREMENT-strengths")).getText())
                .doesNotContain("Tableau de bord partagé");

        // again, and saved with Ctrl+Enter from the box: focus comes back to the cell the user was in
        table.browser().driver.executeScript("arguments[0].focus()",
                table.browser().driver.findElement(By.id("cell-SHARED_MEASUREMENT-strengths")));
        table.browser().driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        table.browser().await(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea")).sendKeys("Tableau de bord partagé",
                Keys.chord(Keys.CONTROL, Keys.ENTER));

        table.browser().awaitText(By.id("cell-SHARED_MEASUREMENT-strengths"), "Tableau de bord partagé");
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10))
                .until(d -> "cell-SHARED_MEASUREMENT-strengths".equals(focusedId()));

        // a cell with text opens with the caret on a line of its own: what is typed is a new item
        table.browser().driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement box = table.browser().await(By.cssSelector("#cell-SHARED_MEASUREMENT-strengths textarea"));
        box.sendKeys("Indicateurs choisis");
        assertThat(box.getAttribute("value")).isEqualTo("Tableau de bord partagé\nIndicateurs choisis");
        box.sendKeys(Keys.ESCAPE);
        answerDropIt(true);
    }

    private String focusedId() {
        return (String) table.browser().driver.executeScript("return document.activeElement && document.activeElement.id");
    }

    @Test
    void aStepAddedWithTheKeyboardHasTheFocusAndEscFoldsTheFormAskingFirst() {
        WebElement add = table.browser().await(By.cssSelector("#role-ALIGNED_ACTIVITIES details.add-step"));
        table.browser().driver.executeScript("arguments[0].open = true", add);
        WebElement title = add.findElement(By.name("title"));
        title.sendKeys("Inventorier les activités");
        table.browser().driver.executeScript("const d = arguments[0]; d.value = '2027-05-01';"
                + " d.dispatchEvent(new Event('input', { bubbles: true }))", add.findElement(By.name("dueDate")));
        title.sendKeys(Keys.ENTER);

        // the page is drawn anew (and again on the change's live update): the focus stays on the new step
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(20)).until(d -> String.valueOf(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement.innerText"))
                .contains("Inventorier les activités"));
        String focused = String.valueOf(table.browser().driver.executeScript("return document.activeElement.id"));
        assertThat(focused).startsWith("step-");
        table.browser().awaitText(By.cssSelector("#role-ALIGNED_ACTIVITIES ul.steps"), "Inventorier les activités");
        table.browser().driver.findElements(By.cssSelector("#" + focused)).forEach(step -> assertThat(step.getText())
                .contains("Inventorier les activités"));

        WebElement again = table.browser().await(By.cssSelector("#role-ALIGNED_ACTIVITIES details.add-step"));
        table.browser().driver.executeScript("arguments[0].open = true", again);
        again.findElement(By.name("title")).sendKeys("Un brouillon");
        again.findElement(By.name("title")).sendKeys(Keys.ESCAPE);
        answerDropIt(true);
        assertThat(table.browser().driver.findElement(By.cssSelector("#role-ALIGNED_ACTIVITIES details.add-step"))
                .getAttribute("open")).isNull();
    }

    @Test
    void aPostedCommentStaysInItsOpenThreadWhenTheWorksheetRedraws() {
        table.browser().driver.findElement(By.cssSelector("#role-COMMUNITY_ENGAGEMENT button[aria-label^='Commentaires']")).click();
        WebElement box = table.browser().await(By.cssSelector("#role-COMMUNITY_ENGAGEMENT + tr.thread-row textarea"));
        String boxId = box.getAttribute("id");
        box.sendKeys("Qui appelle les familles?");
        table.browser().driver.findElement(By.cssSelector("#role-COMMUNITY_ENGAGEMENT + tr.thread-row button[type=submit]")).click();

        table.browser().awaitText(By.cssSelector("#role-COMMUNITY_ENGAGEMENT + tr.thread-row ul.comments"), "Qui appelle les familles?");
        // the box is ready for the next comment (and has the focus again after the comment's own live update)
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> boxId.equals(focusedId()));

        // the page is drawn anew (a save here, a live update elsewhere): the thread is open again, the comment in it
        table.browser().driver.executeScript("document.getElementById('worksheet').dataset.before = 'save'");
        table.browser().driver.findElement(By.id("cell-POLICY-weaknesses")).click();
        table.browser().await(By.cssSelector("#cell-POLICY-weaknesses textarea")).sendKeys("Aucun élu présent",
                Keys.chord(Keys.CONTROL, Keys.ENTER));
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#worksheet[data-before]")).isEmpty() && !d.findElements(By.id("worksheet")).isEmpty());
        table.browser().awaitText(By.id("cell-POLICY-weaknesses"), "Aucun élu présent");
        table.browser().awaitText(By.cssSelector("#role-COMMUNITY_ENGAGEMENT + tr.thread-row ul.comments"), "Qui appelle les familles?");
        // its button says how many comments the thread holds; a row without any says the plain word
        table.browser().awaitText(By.cssSelector("#role-COMMUNITY_ENGAGEMENT button[data-thread]"), "Commentaires (");
        assertThat(table.browser().driver.findElement(By.cssSelector("#role-SHARED_MEASUREMENT button[data-thread]")).getText())
                .isEqualTo("Commentaires");
    }

    /** The question Esc asks once something was typed: answered yes (drop the text) or no (keep editing). */
    private void answerDropIt(boolean yes) {
        Alert question = new WebDriverWait(table.browser().driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).startsWith("Abandonner ce que vous avez écrit");
        if (yes) {
            question.accept();
        } else {
            question.dismiss();
        }
    }

    private void awaitNone(String css) {
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }
}
