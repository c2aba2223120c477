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
import org.openqa.selenium.support.ui.Select;

/**
 * The commission réseau in a real headless Chromium through the real Keycloak: `national` plans a meeting with the
 * Morbihan; `coord56` finds it among its meetings and proposes a question; `national` puts the question on the
 * agenda, writes the minutes and a decision and publishes them; `coord56` reads them.
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
        assertEquals(201, national.post("/api/reporting/meetings", """
                {"title": "%s", "startsAt": "2027-03-18T14:00:00+01:00", "endsAt": "2027-03-18T16:00:00+01:00",
                 "place": "Paris, salle 2", "invited": ["morbihan"]}""".formatted(title)).status());
        String question = "Comment rembourser les déplacements des bénévoles ? " + title;

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/reporting/commission");
            browser.signIn("coord56");
            assertEquals("Commission réseau", browser.heading());
            browser.waitFor(By.linkText(title));
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
            browser.click(By.linkText(title));
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
        });
    }
}
