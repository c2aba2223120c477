package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Rapport au réseau in a real headless Chromium through the real Keycloak: `coord56` starts and submits the
 * Morbihan's report of the last ended half-year, `national` returns it with a comment, `coord56` reads the
 * comment and submits again, `national` acknowledges it; then the national dashboard shows the Morbihan's
 * row and its département on the map; the Morbihan's own dashboard shows its figures and its trend. The Morbihan
 * enables the module, as its descriptor says.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class ReportingWebIT {

    @ArquillianResource
    URL base;

    @Test
    void aReportGoesFromTheCooperationToTheNetworkAndBackThenTheDashboardShowsIt() throws Exception {
        Browser.requireKeycloakAndBrowser();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String half = now.getMonthValue() <= 6 ? (now.getYear() - 1) + "-S2" : now.getYear() + "-S1";
        String title = now.getMonthValue() <= 6 ? "Rapport du 2d semestre " + (now.getYear() - 1) : "Rapport du 1er semestre " + now.getYear();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        assertEquals(200, national.post("/api/tenants/morbihan/plugins/reporting/enable", null).status());
        Api coordinator = Api.at(base).as(KeycloakEndToEndIT.password("coord56"));
        YearMonth lastOfHalf = now.getMonthValue() <= 6 ? YearMonth.of(now.getYear() - 1, 12) : YearMonth.of(now.getYear(), 6);
        for (YearMonth month : new YearMonth[] {lastOfHalf, now}) {
            assertEquals(200, coordinator.post("/api/tenants/morbihan/indicators/snapshots", "{\"month\": \"" + month + "\"}").status());
        }
        // a draft of the half-year before, which the network's filters must tell apart
        String before = lastOfHalf.minusMonths(6).getYear() + (lastOfHalf.getMonthValue() == 12 ? "-S1" : "-S2");
        assertEquals(201, coordinator.post("/api/tenants/morbihan/reporting/reports", "{\"period\": \"" + before + "\"}").status());

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/reporting/rapports");
            browser.signIn("coord56");
            assertEquals("Rapports au réseau", browser.heading());
            new Select(browser.waitFor(By.id("rapport-periode"))).selectByValue(half);
            browser.click(By.cssSelector("#create button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), title));
            browser.type("rapport-faits", "Deux équipes nouvelles à Vannes et Lorient.");
            browser.type("rapport-besoins", "Une formation à l'écoute.");
            browser.click(By.cssSelector("#write button[value='submit']"));
            assertEquals("Transmettre le rapport ?", browser.confirmation().findElement(By.cssSelector(".fr-modal__title")).getText());
            browser.answerConfirmation("confirmer");
            browser.waitFor(By.cssSelector("#contenu h1 [data-state='SUBMITTED']"));
            assertTrue(browser.driver.findElement(By.id("contenu")).getText().contains("Chiffres transmis avec le rapport (figés)"));
            assertTrue(browser.driver.findElements(By.cssSelector("td[data-month='" + lastOfHalf + "'][data-indicator='onboarding.volunteers']")).size() == 1,
                    "the half-year's snapshot in the figures");
            browser.screenshot("rapport-transmis");

            browser.openFromMenu("reporting/indicateurs");
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Indicateurs de la coopération"));
            browser.waitFor(By.cssSelector("[data-indicator='onboarding.volunteers']"));
            browser.wait.until(presenceOfElementLocated(By.cssSelector("polyline[data-series='La coopération']")));
            browser.screenshot("cooperation-indicateurs");
        });

        Browser.browse(base, browser -> {
            browser.open("/#/national/pages/reporting/rapports-reseau");
            browser.signIn("national");
            assertEquals("Rapports des coopérations", browser.heading());
            // a hundred cooperations, two reports a year each: the list is filtered by period and state, and says how many are left
            By submitted = By.cssSelector("tr[data-period='" + half + "'] a[data-tenant='morbihan']");
            By draft = By.cssSelector("tr[data-period='" + before + "'] a[data-tenant='morbihan']");
            new Select(browser.waitFor(By.id("rapports-etat"))).selectByValue("SUBMITTED");
            assertTrue(browser.driver.findElement(submitted).isDisplayed());
            assertFalse(browser.driver.findElement(draft).isDisplayed(), "a draft is not « Transmis »");
            new Select(browser.driver.findElement(By.id("rapports-etat"))).selectByValue("");
            new Select(browser.driver.findElement(By.id("rapports-periode"))).selectByValue(before);
            assertTrue(browser.driver.findElement(draft).isDisplayed());
            assertFalse(browser.driver.findElement(submitted).isDisplayed(), "another half-year");
            long shown = browser.driver.findElements(By.cssSelector("tr[data-period]")).stream().filter(WebElement::isDisplayed).count();
            int all = browser.driver.findElements(By.cssSelector("tr[data-period]")).size();
            assertEquals(shown + (shown > 1 ? " rapports correspondent" : " rapport correspond") + " sur " + all,
                    browser.driver.findElement(By.id("compte-rapports")).getText());
            new Select(browser.driver.findElement(By.id("rapports-periode"))).selectByValue("");
            browser.click(submitted);
            browser.waitFor(By.cssSelector("#contenu h1 [data-state='SUBMITTED']"));
            assertTrue(browser.heading().startsWith("Coopération MONALISA du Morbihan — "), "named, not by slug: " + browser.heading());
            browser.type("rapport-commentaire", "Précisez le nombre de bénévoles formés.");
            browser.click(By.cssSelector("#decide button[value='return']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Rapport renvoyé à la coopération."));
        });

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/reporting/rapports");
            browser.signIn("coord56");
            browser.click(By.linkText(title));
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector(".fr-alert--warning"), "Précisez le nombre de bénévoles formés."));
            browser.click(By.cssSelector("#write button[value='submit']"));
            browser.answerConfirmation("confirmer");
            browser.waitFor(By.cssSelector("#contenu h1 [data-state='SUBMITTED']"));
        });

        Browser.browse(base, browser -> {
            browser.open("/#/national/pages/reporting/rapports-reseau");
            browser.signIn("national");
            browser.click(By.cssSelector("a[data-tenant='morbihan']"));
            browser.waitFor(By.cssSelector("#contenu h1 [data-state='SUBMITTED']"));
            browser.click(By.cssSelector("#decide button[value='acknowledge']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Réception du rapport confirmée."));

            browser.open("/#/national/pages/reporting/tableau-de-bord");
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Tableau de bord national"));
            WebElement morbihan = browser.waitFor(By.cssSelector("#cooperations tr[data-tenant='morbihan']"));
            assertTrue(morbihan.getText().contains("Morbihan"), morbihan.getText());
            String fill = browser.driver.findElement(By.cssSelector("path[data-departement='56']")).getAttribute("fill");
            assertNotEquals("#f6f6f6", fill, "the Morbihan's département is coloured");
            assertEquals("#f6f6f6", browser.driver.findElement(By.cssSelector("path[data-departement='13']")).getAttribute("fill"));
            assertTrue(browser.driver.findElement(By.cssSelector("#contenu h1 + p")).getText().matches("\\d+ coopérations? actives?, .*"),
                    "a count in words, never « coopération(s) »");
            browser.screenshot("reseau-tableau-de-bord");

            // another indicator for the trend and the map: both say which, and the keyboard stays on the list
            Select indicator = new Select(browser.waitFor(By.id("tableau-indicateur")));
            WebElement other = indicator.getOptions().stream().filter(o -> !o.isSelected()).findFirst().orElseThrow();
            String label = other.getText().replaceAll(" \\([^)]*\\)$", "");
            indicator.selectByValue(other.getAttribute("value"));
            browser.wait.until(textToBePresentInElementLocated(By.id("contenu"), "Évolution dans le réseau : " + label));
            assertTrue(browser.driver.findElement(By.id("contenu")).getText().contains("Carte des départements : " + label));
            assertEquals("tableau-indicateur", browser.driver.switchTo().activeElement().getAttribute("id"));
        });
    }
}
