package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The onboarding pages in a real headless Chromium, signed in through the real Keycloak as the Morbihan's
 * coordinator (see {@link Browser}): importing a dirty JeVeuxAider export and following it to its report
 * (counts, the rejected row and its reason, the simulation), then the volunteers — search, one volunteer's
 * page, a move and its history, an ambiguous commune settled, the person's data exported, a bulk move, a
 * phone's width, the erasure's confirmation dialog; a team referent reading without being offered any action,
 * with the pages they may open under the module's menu entry; the volunteer's public page refusing a forged link.
 * The Morbihan enables the plugin, as its descriptor says; the test leaves it enabled for the other classes of the
 * shared platform.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class OnboardingWebIT {

    /** BOM, « ; », one person twice (the address in another case, the second row adds the first name), an invalid address, an ambiguous postcode. */
    private static final String EXPORT = String.join("\r\n",
            "ID;Prénom;Nom;E-mail;Code postal",
            "1;;Le Goff;Anne.LeGoff@Exemple.fr;56000",
            "2;Anne;Le Goff;anne.legoff@exemple.fr;56000",
            "3;Gaël;Le Bihan;gael.lebihan@exemple.fr;56190",
            "4;Paul;Martin;paul.at.exemple.fr;56000",
            "5;Zoé;Kergoat;zoe.kergoat@exemple.fr;56100",
            "");

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorImportsTheExportOfTheirDepartementThenWorksTheVolunteers() throws Exception {
        Browser.requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        assertEquals(200, national.post("/api/tenants/morbihan/plugins/onboarding/enable", null).status());
        Path export = Files.createTempFile("export-jeveuxaider-", ".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(EXPORT.getBytes(StandardCharsets.UTF_8));
        Files.write(export, bytes.toByteArray());
        try {
            Browser.browse(base, browser -> {
                browser.open("/#/coop/morbihan/onboarding/imports");
                browser.signIn("coord56");
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Imports JeVeuxAider"));
                assertTrue(browser.menu().containsAll(java.util.List.of("Bénévoles", "Imports JeVeuxAider")), browser.menu().toString());
                String hint = browser.waitFor(By.cssSelector("label[for='import-fichier'] .fr-hint-text")).getText();
                assertTrue(hint.contains("CSV") && hint.contains("xlsx") && hint.contains("50 Mo"), hint);

                // Without a file: the message under the field, the focus on it.
                browser.driver.findElement(By.cssSelector("#import-formulaire button[type='submit']")).click();
                browser.waitFor(By.cssSelector("[data-field='file'] .fr-message--error"));
                assertEquals("import-fichier", browser.driver.switchTo().activeElement().getAttribute("id"));

                browser.driver.findElement(By.id("import-fichier")).sendKeys(export.toString());
                browser.driver.findElement(By.cssSelector("#import-formulaire button[type='submit']")).click();
                WebElement title = browser.waitFor(By.cssSelector("#import-suivi h2[data-state='DONE']"));
                assertTrue(title.getText().startsWith("Import de export-jeveuxaider-"), title.getText());
                assertEquals("5", count(browser, "rowsRead"));
                assertEquals("3", count(browser, "created"));
                assertEquals("1", count(browser, "merged"), "the same address in another case");
                assertEquals("1", count(browser, "rejected"));
                WebElement rejected = browser.waitFor(By.cssSelector("#import-problemes tr[data-line='5']"));
                assertEquals("REJECTED", rejected.getAttribute("data-severity"));
                assertTrue(rejected.findElement(By.cssSelector("[data-reason]")).getText().startsWith("adresse e-mail invalide"), rejected.getText());
                assertTrue(browser.driver.getCurrentUrl().contains("#/coop/morbihan/onboarding/imports/"), "the import's own address");
                browser.waitFor(By.cssSelector("#import-historique tr[data-import]"));
                browser.screenshotFrom("accueil-import-rapport", By.id("import-suivi"));
                browser.driver.findElement(By.cssSelector("[data-action='telecharger']")).click();
                String csv = read(browser.downloaded(".csv"));
                assertTrue(csv.startsWith("\uFEFFligne;colonne;valeur;motif;gravité") && csv.contains("5;E-mail;paul.at.exemple.fr;adresse e-mail invalide"), csv);

                // The same file as a simulation: clearly labelled, nothing written.
                browser.driver.findElement(By.id("import-fichier")).sendKeys(export.toString());
                browser.driver.findElement(By.cssSelector("label[for='import-simulation']")).click();
                browser.driver.findElement(By.cssSelector("#import-formulaire button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.id("import-suivi"), "Simulation : rien n’a été enregistré"));
                browser.waitFor(By.cssSelector("#import-suivi h2[data-state='DONE']"));
                assertEquals("0", count(browser, "created"));
                assertEquals("4", count(browser, "unchanged"));
                assertEquals(2, browser.driver.findElements(By.cssSelector("#import-historique tr[data-import]")).size());

                // The volunteers: counts by state, a search, one volunteer.
                browser.openFromMenu("onboarding/volunteers");
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-state-filter='NEW']"), "(3)"));
                browser.screenshot("accueil-benevoles");
                browser.type("benevoles-q", "GAEL");
                browser.driver.findElement(By.cssSelector("#benevoles-recherche button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-results]"), "1 bénévole trouvé"));
                WebElement row = browser.waitFor(By.cssSelector("#benevoles-liste tbody tr"));
                assertTrue(row.getText().contains("56190 : à préciser"), row.getText());
                row.findElement(By.linkText("Gaël Le Bihan")).click();

                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Gaël Le Bihan"));
                assertTrue(browser.driver.findElement(By.cssSelector("[data-commune]")).getText().contains("à préciser"));
                // A reason is needed to withdraw: said under the field, nothing sent.
                browser.waitFor(By.cssSelector("button[data-to='WITHDRAWN']")).click();
                browser.waitFor(By.cssSelector("[data-field='reason'] .fr-message--error"));
                assertEquals("etape-motif", browser.driver.switchTo().activeElement().getAttribute("id"));
                browser.driver.findElement(By.cssSelector("button[data-to='CONTACTED']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.id("benevole-avis"), "est passé·e à l’étape « Contacté »"));
                WebElement history = browser.waitFor(By.cssSelector("li[data-transition='CONTACTED']"));
                assertTrue(history.getText().contains("Nouveau → Contacté"), history.getText());
                assertEquals("CONTACTED", browser.driver.findElement(By.cssSelector("#contenu [data-state]")).getAttribute("data-state"));
                assertTrue(browser.driver.findElements(By.cssSelector("button[data-to='NEW']")).isEmpty(), "never back in the pipeline");

                browser.driver.findElement(By.cssSelector("label[for='commune-56143']")).click();
                browser.driver.findElement(By.cssSelector("#benevole-commune button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-commune]"), "Muzillac (56143)"));
                browser.screenshot("accueil-benevole", By.cssSelector("maillage-onboarding-volunteers"));
                // The person's data, as the platform exports it, downloaded with the token.
                browser.click(By.cssSelector("[data-action='exporter']"));
                String personal = read(browser.downloaded(".json"));
                assertTrue(personal.contains("gael.lebihan@exemple.fr") && personal.contains("Muzillac"), personal);
                // Erasing asks first (the shell's DSFR modal, from a plugin's page); Escape cancels, the focus comes back.
                browser.click(By.cssSelector("[data-action='effacer']"));
                assertEquals("Effacer les données de Gaël Le Bihan ?", browser.confirmation().findElement(By.cssSelector(".fr-modal__title")).getText());
                browser.screenshot("accueil-confirmation-effacement");
                browser.answerConfirmation(null);
                assertEquals("effacer", browser.driver.switchTo().activeElement().getAttribute("data-action"));
                assertEquals("Gaël Le Bihan", browser.heading(), "nothing erased");

                // Back to the list: a bulk move of all the new volunteers.
                browser.driver.findElement(By.linkText("Retour à la liste des bénévoles")).click();
                assertEquals("GAEL", browser.waitFor(By.id("benevoles-q")).getAttribute("value"), "the search is kept");
                browser.type("benevoles-q", "");
                browser.driver.findElement(By.cssSelector("#benevoles-recherche button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-results]"), "3 bénévoles trouvés"));
                assertTrue(browser.driver.findElement(By.cssSelector("[data-state-filter='CONTACTED']")).getText().endsWith("(1)"));
                browser.click(By.cssSelector("[data-state-filter='NEW']"));
                browser.wait.until(attributeToBe(By.cssSelector("[data-state-filter='NEW']"), "aria-pressed", "true"));
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-results]"), "2 bénévoles trouvés"));
                browser.driver.findElement(By.cssSelector("label[for='portee-tous']")).click();
                new Select(browser.driver.findElement(By.id("action-etape"))).selectByValue("CONTACTED");
                browser.driver.findElement(By.cssSelector("#benevoles-action button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.id("benevoles-avis"), "2 bénévoles passés à l’étape « Contacté »"));
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-state-filter='CONTACTED']"), "(3)"));

                browser.driver.manage().window().setSize(new Dimension(390, 844));
                browser.click(By.cssSelector("[data-state-filter='CONTACTED']"));
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-results]"), "3 bénévoles trouvés"));
                browser.screenshotFrom("telephone-accueil-benevoles", By.id("benevoles-resultats"));
            });
            // A team referent reads the volunteers, and is offered nothing they may not do.
            Browser.browse(base, browser -> {
                browser.open("/#/coop/morbihan/onboarding/volunteers");
                browser.signIn("referent56");
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("[data-results]"), "3 bénévoles trouvés"));
                assertTrue(browser.menu().contains("Bénévoles") && !browser.menu().contains("Imports JeVeuxAider"), browser.menu().toString());
                assertEquals(java.util.List.of("Accueil de la coopération", "Partage d’expériences", "Accueil des bénévoles", "Indicateurs", "Notes", "Équipes"), browser.menuEntries(),
                        "teams, reporting and experience sharing have one page for a referent: a plain link");
                assertEquals(java.util.List.of("onboarding/volunteers", "onboarding/first-actions", "onboarding/suggestions"), browser.subMenu("onboarding"));
                assertTrue(browser.driver.findElements(By.id("benevoles-action")).isEmpty(), "no bulk move");
                assertTrue(browser.driver.findElements(By.cssSelector("[data-pick]")).isEmpty(), "nothing to pick");
                browser.click(By.linkText("Gaël Le Bihan"));
                browser.waitFor(By.cssSelector("li[data-transition='CONTACTED']"));
                assertTrue(browser.driver.findElements(By.cssSelector("button[data-to], [data-action='effacer'], #benevole-commune")).isEmpty(),
                        "no move, no erasure, no commune to settle");
            });
            // The volunteer's public page (no account, outside the shell) uses the shell's helpers too: a forged link
            // gets the API's French message.
            Browser.browse(base, browser -> {
                browser.open("/plugins/onboarding/self-service.html#lien=faux");
                WebElement refused = browser.waitFor(By.cssSelector("maillage-self-service .fr-alert--error"));
                assertTrue(refused.getText().contains("Lien inutilisable") && refused.getText().contains("n’est pas valide"), refused.getText());
                assertEquals("Mon inscription de bénévole", browser.heading());
            });
        } finally {
            Files.deleteIfExists(export);
        }
    }

    /** The plugin's « Boîte d'envoi » page reads the platform's outbox ({@code /api/tenants/{tenant}/outbox?plugin=onboarding}). */
    @Test
    void theOutboxPageReadsThePlatformsOutbox() throws Exception {
        Browser.requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        assertEquals(200, national.post("/api/tenants/morbihan/plugins/onboarding/enable", null).status());
        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/onboarding/outbox");
            browser.signIn("coord56");
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Boîte d’envoi"));
            new Select(browser.waitFor(By.id("etat"))).selectByValue("");
            // the page shows again, with every state: the select is rendered anew with « Tous » chosen
            browser.wait.until(driver -> new Select(driver.findElement(By.id("etat"))).getFirstSelectedOption().getText().equals("Tous"));
            String page = browser.driver.findElement(By.id("contenu")).getText();
            assertTrue(page.contains("Tous") && (page.contains("Aucun message.") || page.contains("Destinataire")), page);
            assertTrue(browser.driver.findElements(By.cssSelector("#contenu .fr-alert--error")).isEmpty(), "no error: " + page);
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String count(Browser browser, String key) {
        return browser.waitFor(By.cssSelector("[data-count='" + key + "'] .maillage-counts__value")).getText().trim();
    }
}
