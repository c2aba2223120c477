package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.openqa.selenium.By;

/**
 * The experience-sharing path of issue 16 in a real headless Chromium through the real Keycloak: `coord56` writes a
 * fiche with a file, keeps it to the Morbihan, then shares it with the network; `coord35` finds it by searching
 * `benevoles ehpad` without accents, asks a question and says « cela nous a servi »; `coord56` sees both and is told
 * by e-mail (two messages in the Morbihan's outbox); `national` features it; a draft of the Morbihan stays invisible
 * to `coord35`.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class ExperienceWebIT {

    @ArquillianResource
    URL base;

    @Test
    void aFicheTravelsFromTheMorbihanToTheNetworkAndBack() throws Exception {
        Browser.requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        for (String slug : new String[] {"morbihan", "ille-et-vilaine"}) {
            assertEquals(200, national.post("/api/tenants/" + slug + "/plugins/experience/enable", null).status());
        }
        String mark = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String title = "Des bénévoles à l’EHPAD de Vannes " + mark;
        Path pdf = Files.createTempFile("bilan-visites", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/experience/fiches");
            browser.signIn("coord56");
            assertEquals("Nos fiches d’expérience", browser.heading());
            browser.click(By.id("new"));
            browser.type("fiche-titre", title);
            browser.type("fiche-resume", "Les visites du dimanche pendant le confinement.");
            browser.type("fiche-texte", "## Ce que nous avons fait\n\nNos **bénévoles** ont appelé les résidents chaque semaine.");
            browser.click(By.id("preview-button"));
            browser.wait.until(textToBePresentInElementLocated(By.id("preview"), "Ce que nous avons fait"));
            browser.click(By.cssSelector("label[for='themes-ehpad']"));
            browser.type("fiche-contact", "l’animatrice de la coopération");
            browser.click(By.cssSelector("#editor button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Brouillon enregistré"));
            browser.driver.findElement(By.id("fiche-fichier")).sendKeys(pdf.toString());
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "joint"));
            browser.screenshot("experience-editeur");
            browser.click(By.id("back"));
            browser.click(By.cssSelector("[data-move='COOPERATION']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Partagée avec la coopération"));
            browser.click(By.cssSelector("[data-move='NETWORK']"));
            browser.answerConfirmation("confirmer");
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Partagée avec le réseau"));
        });

        Browser.browse(base, browser -> {
            browser.open("/#/coop/ille-et-vilaine/experience/reseau");
            browser.signIn("coord35");
            assertEquals("Fiches du réseau", browser.heading());
            browser.waitFor(By.id("recherche-mots"));
            browser.type("recherche-mots", "benevoles ehpad " + mark);
            browser.click(By.cssSelector("#search button[type='submit']"));
            browser.waitFor(By.cssSelector(".experience-extract mark"));
            browser.screenshot("experience-recherche");
            browser.click(By.linkText(title));
            browser.waitFor(By.id("echange-texte"));
            browser.type("echange-texte", "Combien de bénévoles faut-il pour commencer ?");
            browser.click(By.cssSelector("#ask button[type='submit']"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Message envoyé"));
            browser.click(By.id("reuse"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "Merci"));
            browser.screenshot("experience-fiche-reseau");
        });

        Api coord56 = Api.at(base).as(KeycloakEndToEndIT.password("coord56"));
        String id = coord56.get("/api/tenants/morbihan/experience/fiches").array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/experience/fiches/" + id);
            browser.signIn("coord56");
            browser.wait.until(textToBePresentInElementLocated(By.id("contenu"), "Combien de bénévoles faut-il pour commencer ?"));
            assertTrue(browser.driver.findElement(By.id("contenu")).getText().contains("Coopérations : Coopération MONALISA d'Ille-et-Vilaine."), "named, not by slug");
            browser.screenshot("experience-fiche-auteur");
        });
        JsonObject outbox = coord56.get("/api/tenants/morbihan/outbox?plugin=experience&reference=" + id).object();
        assertEquals(2, outbox.getJsonArray("items").size(), "the question and the mark, each told by e-mail: " + outbox);

        Browser.browse(base, browser -> {
            browser.open("/#/national/pages/experience/moderation");
            browser.signIn("national");
            browser.click(By.cssSelector("[data-fiche='" + id + "'] [data-feature]"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notice"), "c’est fait"));
        });
        assertTrue(national.get("/api/experience/fiches/" + id).object().getBoolean("featured"));

        Api coord35 = Api.at(base).as(KeycloakEndToEndIT.password("coord35"));
        String draft = coord56.post("/api/tenants/morbihan/experience/fiches",
                "{\"title\": \"Brouillon privé " + mark + "\", \"body\": \"Des bénévoles à l’EHPAD.\"}").object().getString("id");
        String network = "/api/tenants/ille-et-vilaine/experience/network/fiches";
        assertEquals(404, coord35.get(network + "/" + draft).status());
        assertEquals(404, coord35.post(network + "/" + draft + "/exchanges", "{\"kind\": \"QUESTION\", \"text\": \"?\"}").status());
        assertEquals(404, coord35.post(network + "/" + draft + "/reuse", null).status());
        assertEquals(404, coord35.get("/api/tenants/ille-et-vilaine/experience/fiches/" + draft).status());
        assertEquals(403, coord35.get("/api/tenants/morbihan/experience/fiches/" + draft).status());
        assertFalse(coord35.get(network + "?q=" + URLEncoder.encode("brouillon " + mark, StandardCharsets.UTF_8)).body().contains(draft));
        assertFalse(coord35.get(network).body().contains(draft));
    }
}
