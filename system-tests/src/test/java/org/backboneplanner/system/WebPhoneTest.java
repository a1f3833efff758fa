package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a walk through the web UI on a phone found (session 5), mended: a saved rating keeps the reader where they
 * were; pooled resources are cards with their buttons in reach; a row editor saves from under its last box; the
 * history names every change in words; the step form shows no empty partner search for "me"; an error says each
 * field's message once; an overdue step says so in words; a network one is not part of says so plainly; the
 * debrief's and the dashboard's tables of figures are cards on a phone (session 6).
 */
class WebPhoneTest {

    @RegisterExtension
    static final TwoMembersAtTheTable table = new TwoMembersAtTheTable();

    private long pageWidth() {
        return table.browser().scriptNumber("return document.scrollingElement.scrollWidth");
    }

    private long screenWidth() {
        return table.browser().scriptNumber("return window.innerWidth");
    }

    @Test
    void aRatingSavedKeepsTheRatingsOpenSaysSoAndBringsTheNextRoleToRate() {
        table.browser().screen(390, 844, true);
        table.openTab("debrief");
        WebElement ratings = table.browser().await(By.id("my-ratings"));
        table.browser().driver.executeScript("arguments[0].open = true", ratings);
        WebElement first = ratings.findElements(By.cssSelector("form.rating-form")).get(0);
        WebElement second = ratings.findElements(By.cssSelector("form.rating-form")).get(1);
        String firstId = first.getAttribute("id");
        String secondId = second.getAttribute("id");
        table.browser().driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        new Select(first.findElement(By.name("score"))).selectByValue("3");
        table.browser().driver.executeScript("arguments[0].click()", first.findElement(By.cssSelector("button[type=submit]")));

        table.browser().awaitText(By.cssSelector("#" + firstId + " [role=status]"), "Note enregistrée.");
        assertThat(table.browser().driver.findElement(By.id("my-ratings")).getAttribute("open")).isNotNull();
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> secondId.equals(table.browser().driver
                .executeScript("return document.activeElement.closest('form') && document.activeElement.closest('form').id")));
        assertThat(table.browser().scriptNumber("return window.scrollY")).as("not back at the top of the page")
                .isGreaterThan(500);
    }

    @Test
    void pooledResourcesAreCardsWithEveryButtonInReach() {
        table.browser().screen(390, 844, true);
        table.openTab("resources");
        WebElement resource = table.browser().await(By.cssSelector("tr.resource"));

        assertThat(resource.findElements(By.cssSelector("td[data-label]"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(resource.findElements(By.cssSelector(".resource-tools button"))).isNotEmpty().allSatisfy(button -> {
            assertThat(button.getRect().getX() + button.getRect().getWidth()).isLessThanOrEqualTo((int) screenWidth());
            assertThat(button.getRect().getHeight()).as("big enough for a finger").isGreaterThanOrEqualTo(36);
        });
        assertThat(pageWidth()).isLessThanOrEqualTo(screenWidth());
    }

    @Test
    void aRowEditorSavesFromUnderItsLastBoxAndTheStepFormShowsNoEmptyPartnerSearch() {
        table.browser().screen(390, 844, true);
        table.openTab("worksheet");
        table.browser().await(By.id("cell-POLICY-strengths")).click();
        WebElement weaknesses = table.browser().await(By.cssSelector("#role-POLICY td[data-column=weaknesses]"));
        assertThat(weaknesses.findElements(By.cssSelector("button[type=submit]"))).hasSize(1);

        WebElement add = table.browser().driver.findElement(By.cssSelector("#role-SHARED_MEASUREMENT details.add-step"));
        table.browser().driver.executeScript("arguments[0].open = true", add);
        assertThat(add.findElements(By.cssSelector("[hidden]"))).isNotEmpty().noneMatch(WebElement::isDisplayed);

        // a due date far outside the horizon: each field's message once, no headline repeating it
        WebElement form = add.findElement(By.cssSelector("form.step-form"));
        form.findElement(By.name("title")).sendKeys("Une étape en l'an 9999");
        table.browser().driver.executeScript("arguments[0].value = '9999-12-31'", form.findElement(By.name("dueDate")));
        table.browser().driver.executeScript("arguments[0].requestSubmit()", form);
        WebElement error = table.browser().await(By.cssSelector("#role-SHARED_MEASUREMENT form.step-form p.error"));
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(10)).until(d -> !error.getText().isBlank());
        assertThat(error.getText()).startsWith("Échéance").doesNotContain("Un champ est invalide");
    }

    @Test
    void theHistoryNamesEveryChangeInWordsAndFitsAPhone() {
        String id = table.addStep("POLICY", "Rencontrer la députée", "2027-04-01");
        String step = table.base() + "/worksheet/roles/POLICY/next-steps/" + id;
        String etag = table.alice().get(table.base() + "/worksheet/roles/POLICY").json().get("nextSteps").valueStream()
                .filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow().get("etag").asString();
        var removed = table.alice().send("DELETE", step, null, Map.of("If-Match", etag));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        var restored = table.alice().send("POST", step + "/restore", null,
                Map.of("If-Match", removed.json().at("/step/etag").asString()));
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        var dora = table.alice().post(table.base() + "/members", Map.of("email", "dora@partenaires.example",
                "name", "Dora Lévesque", "role", "GUEST", "language", "fr"));
        assertThat(dora.status()).as(dora.body()).isEqualTo(201);
        var gone = table.alice().send("DELETE", table.base() + "/members/" + dora.json().get("id").asString(), null, Map.of());
        assertThat(gone.status()).as(gone.body()).isBetween(200, 204);
        table.browser().screen(390, 844, true);
        table.openTab("history");

        table.browser().awaitText(By.id("history"), "étape retirée");
        table.browser().awaitText(By.id("history"), "membre retiré : ");
        String history = table.browser().driver.findElement(By.id("history")).getText();
        // each change names what it was about: the step by its title, the member by name
        assertThat(history).contains("étape retirée « Rencontrer la députée » (Influencer les politiques)")
                .contains("étape remise « Rencontrer la députée »").contains("membre invité : Bob Gagnon (partenaire)")
                .containsPattern("membre retiré : (Dora Lévesque|dora@partenaires\\.example)")
                .doesNotContain("NextStep").doesNotContain("PARTNER");
        assertThat(pageWidth()).isLessThanOrEqualTo(screenWidth());
    }

    @Test
    void membersAreCardsAndARoleChangeSaysItWasMade() {
        var eric = table.alice().post(table.base() + "/members", Map.of("email", "eric@partenaires.example",
                "name", "Éric Roy", "role", "PARTNER", "language", "fr"));
        assertThat(eric.status()).as(eric.body()).isEqualTo(201);
        table.browser().screen(390, 844, true);
        table.openTab("members");

        WebElement row = table.browser().await(By.id("member-" + eric.json().get("id").asString()));
        assertThat(row.findElements(By.cssSelector("td[data-label]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(pageWidth()).isLessThanOrEqualTo(screenWidth());
        new Select(row.findElement(By.cssSelector("select"))).selectByValue("GUEST");

        table.browser().awaitText(By.id("member-notice"), "Rôle d'Éric Roy : invité·e.");
        assertThat(new Select(table.browser().await(By.cssSelector("#member-" + eric.json().get("id").asString() + " select")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("GUEST");
    }

    @Test
    void anOverdueStepSaysSoInWordsNotByItsColourAlone() {
        String late = table.addStep("ALIGNED_ACTIVITIES", "Réunir les bailleurs", "2026-01-15");
        table.browser().screen(390, 844, true);
        table.openTab("worksheet");

        table.browser().awaitText(By.cssSelector("#step-" + late + " .badge.overdue"), "en retard");
        // the summary above the worksheet reads as a sentence: "2 rôles couverts sur 6", not "2/6 rôles couverts"
        table.browser().awaitText(By.id("debrief"), " sur 6");
    }

    @Test
    void theDebriefsAndTheDashboardsFiguresAreCardsNotTablesToScrollSideways() {
        table.browser().screen(390, 844, true);
        table.openTab("debrief");
        table.browser().await(By.id("debrief-roles"));
        table.browser().driver.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");

        // each role a card: every count beside its column's name, still a table's cell to a screen reader
        assertThat(table.browser().driver.findElements(By.cssSelector("#debrief-roles tr[id^=debrief-role-] td[data-label][role=cell]")))
                .hasSize(6 * 11);
        assertThat(table.browser().driver.findElements(By.cssSelector("#debrief-roles th[role=rowheader]"))).hasSize(6);
        assertThat(sidewaysRegions()).as("tables scrolling sideways in the debrief").isEmpty();
        assertThat(pageWidth()).isLessThanOrEqualTo(screenWidth());

        table.browser().go("/#/networks/" + table.sample().networkId());
        // the symbols' table is folded away: there once the dashboard is drawn, seen once opened
        new WebDriverWait(table.browser().driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("table.dashboard")).isEmpty());
        table.browser().driver.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertThat(sidewaysRegions()).as("tables scrolling sideways in the network's dashboard").isEmpty();
        assertThat(pageWidth()).isLessThanOrEqualTo(screenWidth());
    }

    /** The card of the page before, gone, so that the next page's own card is the one waited for. */
    private void dropUnavailableCard() {
        table.browser().driver.executeScript("document.getElementById('network-unavailable').remove()");
    }

    /** The names of the scrolling regions whose content is wider than they are. */
    private List<?> sidewaysRegions() {
        return (List<?>) table.browser().driver.executeScript("return [...document.querySelectorAll('.table-scroll')]"
                + ".filter(r => r.scrollWidth > r.clientWidth + 1).map(r => r.getAttribute('aria-label'))");
    }

    @Test
    void aNetworkOneIsNotPartOfSaysSoAndOffersNothingToDoThere() {
        table.browser().screen(390, 844, true);
        table.browser().go("/#/networks/estrie");

        table.browser().awaitText(By.id("network-unavailable"), "estrie");
        assertThat(table.browser().driver.findElements(By.id("new-initiative"))).isEmpty();
        // its directory and its mail log say the same, with no form to fill around it
        dropUnavailableCard();
        table.browser().go("/#/networks/estrie/partners");
        table.browser().awaitText(By.id("network-unavailable"), "estrie");
        assertThat(table.browser().driver.findElements(By.id("new-partner"))).isEmpty();
        dropUnavailableCard();
        table.browser().go("/#/networks/estrie/mail-log");
        table.browser().awaitText(By.id("network-unavailable"), "estrie");
        assertThat(table.browser().driver.findElements(By.id("mail-log-status"))).isEmpty();
        table.browser().go("/#/");
        table.browser().await(By.id("my-steps"));
    }
}
