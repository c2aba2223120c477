package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code ./maillage test} installs when it runs as root), against the platform and the real Keycloak of
 * {@code ./maillage test}: the Keycloak login form, a coordinator's cooperation, its menu of one entry per
 * module with the module's pages under it, a plugin page, the national console and its confirmation dialog,
 * a disabled plugin leaving the menu, and the switcher of a member of two cooperations. Each run saves
 * screenshots of the main pages into {@code docs/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class WebUiIT {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorSeesTheirCooperationOnlyAndOpensAPluginPage() throws Exception {
        requireKeycloakAndBrowser();
        String text = "Visite à Vannes : Mme L. ravie, à revoir jeudi.";
        assertEquals(201, Api.at(base).as(KeycloakEndToEndIT.password("coord56"))
                .post("/api/tenants/morbihan/sample/notes", "{\"author\": \"yann@exemple.fr\", \"text\": \"" + text + "\"}").status());

        browse(browser -> {
            browser.open("/");
            browser.waitFor(By.id("username"));
            browser.screenshot("connexion");
            browser.signIn("coord56");

            WebElement context = browser.waitFor(By.cssSelector("#contexte [data-cooperation]"));
            assertEquals("morbihan", context.getAttribute("data-cooperation"));
            assertTrue(browser.driver.findElements(By.id("choix-cooperation")).isEmpty(), "one cooperation: no switcher");
            assertTrue(browser.driver.getCurrentUrl().endsWith("#/coop/morbihan"), browser.driver.getCurrentUrl());
            assertEquals("Coopération MONALISA du Morbihan", browser.heading());
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertFalse(page.contains("Ille-et-Vilaine"), "nothing of another cooperation: " + page);
            assertEquals("Yann Le Goff", browser.driver.findElement(By.id("utilisateur")).getText().trim());
            assertTrue(browser.menu().contains("Notes"), browser.menu().toString());
            assertTrue(browser.driver.findElements(By.cssSelector("#menu a[href^='#/national']")).isEmpty(), "no national console for a coordinator");
            browser.screenshot("cooperation");

            // The header: one entry per module, on one line; a module of several pages opens them in its sub-menu
            // (DSFR navigation), a module of one page is that page.
            assertEquals(List.of("Accueil de la coopération", "Partage d’expériences", "Accueil des bénévoles", "Rapport au réseau", "Notes", "Équipes citoyennes"), browser.menuEntries());
            assertEquals(1, browser.driver.findElements(By.cssSelector("#menu > li")).stream().map(li -> li.getLocation().getY()).distinct().count(),
                    "the header's entries hold on one line");
            assertEquals(List.of("onboarding/volunteers", "onboarding/imports", "onboarding/todo", "onboarding/campaigns", "onboarding/outbox",
                    "onboarding/first-actions", "onboarding/suggestions"), browser.subMenu("onboarding"));
            assertEquals(List.of("teams/equipes", "teams/couverture"), browser.subMenu("teams"));
            assertEquals(7, browser.driver.findElements(By.cssSelector("#menu a[data-page^='onboarding/']")).size(), "the module's pages are nowhere else");
            WebElement onboarding = browser.moduleButton("onboarding");
            assertEquals("false", onboarding.getAttribute("aria-expanded"));
            assertFalse(browser.driver.findElement(By.cssSelector("#menu a[data-page='onboarding/imports']")).isDisplayed());
            // With the keyboard: Enter opens the sub-menu, Tab reaches its first page, Enter opens it.
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", onboarding);
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait.until(attributeContains(By.cssSelector("#menu button[data-plugin='onboarding']"), "aria-expanded", "true"));
            browser.waitFor(By.cssSelector("#menu a[data-page='onboarding/imports']"));
            browser.screenshot("menu-par-module");
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("onboarding/volunteers", browser.driver.switchTo().activeElement().getAttribute("data-page"));
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Bénévoles"));
            assertEquals("true", browser.moduleButton("onboarding").getAttribute("aria-current"), "the module of the page shown is marked");
            assertEquals("page", browser.driver.findElement(By.cssSelector("#menu a[data-page='onboarding/volunteers']")).getAttribute("aria-current"));
            assertEquals("false", browser.moduleButton("onboarding").getAttribute("aria-expanded"), "the sub-menu closes once a page is chosen");

            browser.driver.findElement(By.cssSelector("#menu a[data-page='sample/notes']")).click();
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("maillage-sample-notes"), text));
            assertEquals("Notes", browser.heading());
            assertEquals("page", browser.driver.findElement(By.cssSelector("#menu a[data-page='sample/notes']")).getAttribute("aria-current"));
            browser.screenshot("page-d-un-module");

            // Keyboard: the first skip link takes the focus to the content and leaves the route alone.
            ((JavascriptExecutor) browser.driver).executeScript("document.querySelector('.fr-skiplinks a').focus()");
            assertEquals("Contenu", browser.driver.switchTo().activeElement().getText().trim());
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertEquals("contenu", browser.driver.switchTo().activeElement().getAttribute("id"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("#/coop/morbihan/sample/notes"), browser.driver.getCurrentUrl());

            browser.open("/#/coop/ille-et-vilaine");
            assertEquals("Coopération inaccessible", browser.heading());

            browser.driver.findElement(By.id("utilisateur")).click();
            browser.wait.until(elementToBeClickable(By.cssSelector("[data-action='deconnexion']"))).click();
            browser.waitFor(By.id("username"));
        });
    }

    @Test
    void aNetworkAdminCreatesACooperationInTheConsole() {
        requireKeycloakAndBrowser();
        browse(browser -> {
            browser.open("/");
            browser.signIn("national");
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Coopérations"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("#/national"), browser.driver.getCurrentUrl());
            browser.waitFor(By.cssSelector("tr[data-cooperation='morbihan']"));
            browser.driver.findElement(By.id("aller-creation")).click();
            assertEquals("champ-slug", browser.driver.switchTo().activeElement().getAttribute("id"), "« Créer une coopération » leads to the form under the list");

            // A wrong identifier: the API's French message next to the field, the focus on it.
            browser.type("champ-slug", "Finistère");
            browser.type("champ-displayName", "Coopération MONALISA du Finistère");
            browser.type("champ-departements", "29");
            browser.driver.findElement(By.cssSelector("#creation button[type='submit']")).click();
            WebElement error = browser.waitFor(By.cssSelector("[data-field='slug'] .fr-message--error"));
            assertTrue(error.getText().startsWith("Identifiant doit contenir de 2 à 40 caractères"), "the message names its field: " + error.getText());
            WebElement summaryLink = browser.driver.findElement(By.cssSelector("#creation .maillage-form-error a[href='#champ-slug']"));
            assertTrue(summaryLink.getText().startsWith("Identifiant"), summaryLink.getText());
            assertEquals("champ-slug", browser.driver.switchTo().activeElement().getAttribute("id"));
            assertEquals("true", browser.driver.findElement(By.id("champ-slug")).getAttribute("aria-invalid"));
            browser.screenshot("console-erreur-de-saisie", By.id("creation"));

            browser.type("champ-slug", "finistere");
            browser.driver.findElement(By.cssSelector("#creation button[type='submit']")).click();
            WebElement row = browser.waitFor(By.cssSelector("tr[data-cooperation='finistere']"));
            assertTrue(row.getText().contains("Coopération MONALISA du Finistère"), row.getText());
            assertEquals("ACTIVE", row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
            assertTrue(browser.driver.findElement(By.id("avis")).getText().contains("est créée"));
            browser.screenshot("console-cooperations");

            // A network of a hundred cooperations: the list is searched by name (accents or not), identifier or
            // département, and filtered by state; it says how many are left.
            By morbihan = By.cssSelector("tr[data-cooperation='morbihan']");
            browser.type("cooperations-recherche", "cooperation du finistere"); // « Coopération … Finistère »
            browser.wait.until(invisibilityOfElementLocated(morbihan));
            assertTrue(row.isDisplayed());
            long shown = browser.driver.findElements(By.cssSelector("tr[data-cooperation]")).stream().filter(WebElement::isDisplayed).count();
            int all = browser.driver.findElements(By.cssSelector("tr[data-cooperation]")).size();
            assertEquals(shown + (shown > 1 ? " coopérations correspondent" : " coopération correspond") + " sur " + all,
                    browser.driver.findElement(By.id("compte-cooperations")).getText());
            browser.type("cooperations-recherche", "56");
            browser.wait.until(visibilityOfElementLocated(morbihan));
            assertFalse(row.isDisplayed(), "the Finistère is département 29");
            new Select(browser.driver.findElement(By.id("cooperations-etat"))).selectByValue("SUSPENDED");
            browser.wait.until(invisibilityOfElementLocated(morbihan));
            browser.type("cooperations-recherche", "introuvable");
            browser.wait.until(textToBePresentInElementLocated(By.id("compte-cooperations"), "Aucune coopération ne correspond"));
            new Select(browser.driver.findElement(By.id("cooperations-etat"))).selectByValue("");
            browser.driver.findElement(By.id("cooperations-recherche")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.wait.until(visibilityOf(row));
            browser.wait.until(visibilityOfElementLocated(morbihan));

            // Suspending asks first, in a DSFR modal: Escape and « Annuler » change nothing, confirming suspends.
            By suspend = By.cssSelector("tr[data-cooperation='finistere'] button[data-action='suspend']");
            By status = By.cssSelector("tr[data-cooperation='finistere'] [data-status]");
            browser.driver.findElement(suspend).click();
            WebElement dialog = browser.confirmation();
            WebElement question = dialog.findElement(By.cssSelector(".fr-modal__title"));
            assertEquals("Suspendre « Coopération MONALISA du Finistère » ?", question.getText());
            assertEquals(question.getAttribute("id"), dialog.getAttribute("aria-labelledby"), "the dialog is named by its question");
            assertEquals("Suspendre", dialog.findElement(By.cssSelector("[data-confirm]")).getText());
            browser.screenshot("console-confirmation");
            browser.answerConfirmation(null);
            assertEquals("suspend", browser.driver.switchTo().activeElement().getAttribute("data-action"), "the focus is back on the button");
            assertEquals("ACTIVE", browser.driver.findElement(status).getAttribute("data-status"));
            browser.driver.findElement(suspend).click();
            browser.answerConfirmation("annuler");
            assertEquals("ACTIVE", browser.driver.findElement(status).getAttribute("data-status"));
            browser.driver.findElement(suspend).click();
            browser.answerConfirmation("confirmer");
            browser.wait.until(attributeContains(status, "data-status", "SUSPENDED"));

            browser.driver.findElement(By.cssSelector("#menu a[href='#/national/modules']")).click();
            WebElement sample = browser.waitFor(By.cssSelector("tr[data-plugin='sample']"));
            assertEquals("STARTED", sample.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
            browser.screenshot("console-modules");

            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.open("/#/national");
            browser.waitFor(By.cssSelector("tr[data-cooperation='finistere']"));
            browser.screenshot("telephone-console");
            // On a phone the menu is behind a button, with the person and sign-out in it.
            browser.driver.findElement(By.id("bouton-menu")).click();
            browser.waitFor(By.cssSelector(".fr-header__menu-links [data-action='deconnexion']"));
            browser.screenshot("telephone-menu");
            browser.driver.findElement(By.cssSelector("#menu a[href='#/national/modules']")).click();
            browser.waitFor(By.cssSelector("tr[data-plugin='sample']"));
            assertFalse(browser.driver.findElement(By.cssSelector(".fr-header__menu-links [data-action='deconnexion']")).isDisplayed(),
                    "the menu closes once a page is chosen");
        });
    }

    @Test
    void aCooperationsSettingsChangeAndADisabledPluginLeavesItsMenu() throws Exception {
        requireKeycloakAndBrowser();
        try {
            browse(browser -> {
                browser.open("/#/national/coop/morbihan");
                browser.signIn("national");

                // A setting of the cooperation: out of range, the API's message under the field; then saved.
                By pageSize = By.cssSelector("form[data-setting='maillage.tenant.page-size']");
                WebElement form = browser.waitFor(pageSize);
                WebElement input = form.findElement(By.name("value"));
                input.clear();
                input.sendKeys("5");
                form.findElement(By.cssSelector("button[type='submit']")).click();
                WebElement message = browser.waitFor(By.cssSelector("form[data-setting='maillage.tenant.page-size'] .fr-message--error"));
                assertTrue(message.getText().contains("10") && message.getText().contains("500"), message.getText());
                browser.screenshot("console-reglage-refuse", pageSize);
                input = browser.driver.findElement(pageSize).findElement(By.name("value"));
                input.clear();
                input.sendKeys("20");
                browser.driver.findElement(pageSize).findElement(By.cssSelector("button[type='submit']")).click();
                browser.wait.until(textToBePresentInElementLocated(By.id("avis"), "Réglage enregistré"));
                assertEquals("20", browser.driver.findElement(pageSize).findElement(By.name("value")).getAttribute("value"));
                assertEquals(1, browser.driver.findElements(By.cssSelector("button[data-reset='maillage.tenant.page-size']")).size());
                browser.screenshot("console-modules-et-reglages");

                WebElement sample = browser.waitFor(By.cssSelector("tr[data-plugin='sample'] button[data-action='disable']"));
                sample.click();
                browser.answerConfirmation("confirmer");
                browser.waitFor(By.cssSelector("tr[data-plugin='sample'] button[data-action='enable']"));
                assertTrue(browser.driver.findElement(By.id("avis")).getText().contains("désactivé"));
            });
            browse(browser -> {
                browser.open("/#/coop/morbihan/sample/notes");
                browser.signIn("coord56");
                assertEquals("Page indisponible", browser.heading(), "the address asked for before login is kept, and the page is gone");
                assertFalse(browser.menu().contains("Notes"), browser.menu().toString());
                browser.driver.findElement(By.cssSelector("#menu a[href='#/coop/morbihan']")).click();
                // the cooperation's home: the pages of the modules still enabled (onboarding, teams), no longer « Notes »
                browser.waitFor(By.cssSelector("#contenu [data-page='onboarding/volunteers']"));
                assertTrue(browser.driver.findElements(By.cssSelector("#contenu [data-page='sample/notes']")).isEmpty(),
                        "the disabled module's page left the home page too");
            });
        } finally {
            Api.at(base).as(KeycloakEndToEndIT.password("national")).post("/api/tenants/morbihan/plugins/sample/enable", null);
        }
    }

    @Test
    void aMemberOfSeveralCooperationsSwitchesBetweenThem() throws Exception {
        requireKeycloakAndBrowser();
        // coord56 joins a suspended cooperation of its own, as its coordinator, for this test only.
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        String slug = "bascule-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, national.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Coopération du Finistère\", \"departements\": [\"29\"]}").status());
        assertEquals(200, national.post("/api/tenants/" + slug + "/suspend", null).status());
        String membership = KeycloakMemberships.join("coord56", slug, "coordinator");
        try {
            browse(browser -> {
                browser.open("/");
                browser.signIn("coord56");
                WebElement switcher = browser.waitFor(By.id("choix-cooperation"));
                assertEquals("Coopération", browser.driver.findElement(By.cssSelector("label[for='choix-cooperation']")).getText().trim());
                List<String> options = switcher.findElements(By.tagName("option")).stream().map(o -> o.getAttribute("value")).toList();
                assertEquals(List.of(slug, "morbihan"), options, "alphabetical by name, nothing else");
                new Select(switcher).selectByValue(slug);
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Finistère"));
                assertTrue(browser.driver.getCurrentUrl().endsWith("#/coop/" + slug), browser.driver.getCurrentUrl());
                String page = browser.driver.findElement(By.id("contenu")).getText();
                assertTrue(page.contains("suspendue") && page.contains("Aucun module n’est activé"), page);
                browser.screenshot("changement-de-cooperation");
                new Select(browser.waitFor(By.id("choix-cooperation"))).selectByValue("morbihan");
                browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Morbihan"));
            });
        } finally {
            KeycloakMemberships.leave(membership);
        }
    }

    /** Issue 7's "done when": a coordinator creates a team over communes of the Morbihan, logs a visit, and sees the coverage. */
    @Test
    void aCoordinatorCreatesATeamLogsAVisitAndSeesTheCoverage() throws Exception {
        requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        assertEquals(200, national.post("/api/tenants/morbihan/plugins/teams/enable", null).status());
        browse(browser -> {
            browser.open("/#/coop/morbihan/teams/equipes");
            browser.signIn("coord56");
            assertEquals("Équipes citoyennes", browser.heading());
            assertEquals(List.of("teams/equipes", "teams/couverture"), browser.subMenu("teams"));
            assertEquals("true", browser.moduleButton("teams").getAttribute("aria-current"));

            WebElement create = browser.waitFor(By.id("create"));
            create.findElement(By.name("name")).sendKeys("Les Voisins de Vannes");
            create.findElement(By.name("carrier")).sendKeys("Association Bien Vieillir à Vannes");
            create.findElement(By.name("communes")).sendKeys("56260, 56243");
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('#create [name=charterSignedOn]').value = '2026-01-10'");
            create.findElement(By.cssSelector("button[type='submit']")).click();
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Les Voisins de Vannes"));
            browser.driver.findElement(By.cssSelector("#move button[value='ACTIVE']")).click();
            browser.waitFor(By.cssSelector("#move button[value='DORMANT']"));
            assertEquals("active", browser.driver.findElement(By.cssSelector("#contenu h1 .fr-badge")).getText().toLowerCase(java.util.Locale.ROOT));

            WebElement visit = browser.waitFor(By.id("action"));
            visit.findElement(By.name("firstNames")).sendKeys("Marie");
            visit.findElement(By.name("volunteerHours")).clear();
            visit.findElement(By.name("volunteerHours")).sendKeys("2");
            visit.findElement(By.cssSelector("button[type='submit']")).click();
            browser.wait.until(textToBePresentInElementLocated(By.id("contenu"), "Visite à domicile à Vannes"));
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("equipes-fiche");

            browser.open("/#/coop/morbihan/teams/couverture");
            browser.wait.until(textToBePresentInElementLocated(By.id("contenu"), "2 communes couvertes sur 249"));
            WebElement first = browser.waitFor(By.cssSelector("maillage-teams-coverage tbody tr"));
            assertTrue(first.getText().startsWith("Lorient"), first.getText());
            String covered = browser.driver.findElement(By.id("contenu")).getText();
            assertTrue(covered.contains("Séné — Les Voisins de Vannes") && covered.contains("Vannes — Les Voisins de Vannes"), covered);
            browser.screenshot("equipes-couverture");

            // On a phone the menu is the DSFR burger; a module's entry opens its pages there.
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.driver.findElement(By.id("bouton-menu")).click();
            browser.waitFor(By.cssSelector("#menu button[data-plugin='teams']")).click();
            browser.waitFor(By.cssSelector("#menu a[data-page='teams/equipes']"));
            browser.screenshot("telephone-menu-modules");
            browser.driver.findElement(By.cssSelector("#menu a[data-page='teams/equipes']")).click();
            browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#contenu h1"), "Équipes citoyennes"));
            browser.wait.until(invisibilityOfElementLocated(By.cssSelector("#menu a[data-page='teams/equipes']")));
        });
    }

    private static void requireKeycloakAndBrowser() {
        Browser.requireKeycloakAndBrowser();
    }

    private void browse(Consumer<Browser> steps) {
        Browser.browse(base, steps);
    }
}
