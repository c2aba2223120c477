package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The commission réseau in a real headless Chromium through the real Keycloak: `coord56` proposes a question;
 * `national` plans a meeting, picking the Morbihan from the list of cooperations, puts the question on the agenda,
 * writes the minutes and a decision and publishes them; `coord56` finds the meeting among its own and reads them.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class CommissionWebIT {

    @ArquillianResource
    URL base;

    @Test
    void aMeetingGoesFromPlanToPublishedMinutesWithACooperationsQuestion() throws Exception {
        Browser.requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        assertEquals(200, national.post("/api/tenants/morbihan/plugins/reporting/enable", null).status());
        String title = "Commission de printemps " + UUID.randomUUID().toString().substring(0, 6);
        String question = "Comment rembourser les déplacements des bénévoles ? " + title;

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/reporting/commission");
            browser.signIn("coord56");
            assertEquals("Commission réseau", browser.heading());
            browser.type("question-texte", question);
            browser.click(By.cssSelector("#ask button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Question transmise au réseau national."));
        });
        String questionId = Api.at(base).as(KeycloakEndToEndIT.password("coord56")).get("/api/tenants/morbihan/reporting/questions").array()
                .stream().map(JsonValue::asJsonObject).filter(q -> q.getString("text").equals(question)).findFirst().orElseThrow().getString("id");

        Browser.browse(base, browser -> {
            browser.open("/#/national/pages/reporting/commission-reseau");
            browser.signIn("national");
            assertEquals("Commission réseau", browser.heading());
            browser.type("reunion-titre", title);
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('reunion-debut').value = '2027-03-18T14:00'; document.getElementById('reunion-fin').value = '2027-03-18T16:00';");
            browser.type("reunion-lieu", "Paris, salle 2");
            // the invited cooperations are picked from the list of those using the module, by name
            assertTrue(browser.waitFor(By.cssSelector("label[for='invite-morbihan']")).getText().contains("Coopération MONALISA du Morbihan"));
            browser.click(By.cssSelector("label[for='invite-morbihan']"));
            browser.click(By.cssSelector("#plan button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Réunion programmée."));
            assertTrue(browser.driver.findElement(By.id("contenu")).getText().contains("Coopérations invitées : Coopération MONALISA du Morbihan"), "named, not by slug");
            new Select(browser.waitFor(By.id("sujet-source"))).selectByValue("QUESTION||" + questionId);
            browser.click(By.cssSelector("#item button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Sujet inscrit à l’ordre du jour."));
            assertTrue(browser.waitFor(By.cssSelector("[data-agenda] li[data-kind='QUESTION']")).getText().contains("rembourser"));
            browser.type("reunion-compte-rendu", "Les coopérations ont partagé leurs pratiques de remboursement.");
            browser.type("reunion-decisions", "Rédiger une note commune | Réseau national");
            browser.click(By.cssSelector("label[for='reunion-publiee']"));
            browser.click(By.cssSelector("#plan button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Réunion enregistrée."));
            browser.screenshotFrom("commission-reseau", By.cssSelector("#contenu h1"));
        });

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/reporting/commission");
            browser.signIn("coord56");
            browser.click(By.linkText(title));
            browser.wait.until(textToBePresentInElementLocated(By.id("contenu"), "Les coopérations ont partagé leurs pratiques de remboursement."));
            assertTrue(browser.driver.findElement(By.id("contenu")).getText().contains("Rédiger une note commune — suivi : Réseau national"));
            browser.screenshot("commission-cooperation");
            // where the network's e-mails go: the cooperation's contact address, from its descriptor, on its home page
            browser.open("/#/coop/morbihan");
            assertEquals("monalisa56@maillage.example.org", browser.waitFor(By.cssSelector("#contact [data-contact]")).getText());
        });
    }
}
