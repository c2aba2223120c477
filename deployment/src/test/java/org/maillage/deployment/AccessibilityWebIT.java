package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.web.PageCheck;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page of every module, as a coordinator, a team referent and a national admin, checked by the test kit's
 * {@code PageCheck} (axe-core WCAG 2.1 A/AA, contrast, reflow) on a desktop window and at a phone's width: the
 * pages of each one's menu, and the first record each list links to (a volunteer, a team, a report…). A
 * cooperation of its own (so that its volunteers, a team and its members exist whatever ran before), which
 * {@code coord56} coordinates and {@code referent56} refers a team in, for this test only.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class AccessibilityWebIT {

    private static final List<String> MODULES = List.of("onboarding", "teams", "reporting", "sample");

    @ArquillianResource
    URL base;

    @Test
    void everyPageOfEveryModuleAsEachRoleOnADesktopAndAPhone() throws Exception {
        Browser.requireKeycloakAndBrowser();
        Api national = Api.at(base).as(KeycloakEndToEndIT.password("national"));
        String slug = "acces-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, national.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Coopération du Morbihan (accessibilité)\", "
                + "\"departements\": [\"56\"]}").status());
        for (String module : MODULES) {
            assertEquals(200, national.post("/api/tenants/" + slug + "/plugins/" + module + "/enable", null).status(), module);
        }
        List<String> memberships = new ArrayList<>();
        try {
            memberships.add(KeycloakMemberships.join("coord56", slug, "coordinator"));
            memberships.add(KeycloakMemberships.join("referent56", slug, "team-referent"));
            Api coordinator = Api.at(base).as(KeycloakEndToEndIT.password("coord56"));
            // Three people called Alain: the team's member picker must tell them apart.
            ProfileImports.importAndWait(coordinator, slug, """
                    id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom
                    1,Alain,Le Floch,alain.lefloch@exemple.fr,,,56000,,
                    2,Alain,Martin,alain.martin@exemple.fr,,,56260,,
                    3,Alain,Le Floch,a.lefloch@exemple.fr,,,56100,,
                    4,Maëlle,Guégan,maelle.guegan@exemple.fr,,,56000,,
                    """);
            Reply team = coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"Les Voisins de Séné\", \"carrier\": \"Association\","
                    + " \"communes\": [\"56243\"], \"referents\": [\"referent56\"]}");
            assertEquals(201, team.status(), team.toString());
            String teamId = team.object().getJsonObject("team").getString("id");
            JsonObject volunteers = coordinator.get("/api/tenants/" + slug + "/onboarding/volunteers?sort=name").object();
            String maelle = volunteers.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getString("email").startsWith("maelle")).findFirst().orElseThrow().getString("id");
            assertEquals(201, coordinator.post("/api/tenants/" + slug + "/teams/" + teamId + "/members", "{\"volunteerId\": \"" + maelle + "\"}").status());

            for (String user : List.of("coord56", "referent56", "national")) {
                Browser.browse(base, browser -> {
                    browser.open(user.equals("national") ? "/#/national" : "/#/coop/" + slug);
                    browser.signIn(user);
                    Set<String> visited = new LinkedHashSet<>();
                    for (String route : menuRoutes(browser, slug)) {
                        visit(browser, user, route, visited);
                        firstRecord(browser, route).ifPresent(record -> {
                            visit(browser, user, record, visited);
                            if (route.endsWith("/onboarding/volunteers")) {
                                String person = browser.driver.findElement(By.cssSelector("#contenu h1")).getText().trim();
                                assertEquals(person + " — Bénévoles — Maillage", browser.driver.getTitle(), "the window's title names the volunteer");
                            }
                        });
                        openFirstTeam(browser, user, route);
                    }
                    assertFalse(visited.isEmpty(), user + " sees pages");
                });
            }
        } finally {
            for (String membership : memberships) {
                KeycloakMemberships.leave(membership);
            }
        }
    }

    /** The teams form sent empty: its errors name the fields, link to them, and mark them invalid. */
    @Test
    void theTeamsFormErrorsNameTheFieldsAndLinkToThem() {
        Browser.requireKeycloakAndBrowser();
        Browser.browse(base, browser -> {
            browser.open("/#/coop/morbihan/teams/equipes");
            browser.signIn("coord56");
            WebElement create = browser.waitFor(By.id("create"));
            assertEquals("true", create.findElement(By.name("name")).getAttribute("aria-required"));
            create.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement summary = browser.waitFor(By.cssSelector("#create .maillage-form-error"));
            List<String> links = summary.findElements(By.cssSelector("a[href^='#']")).stream().map(a -> a.getText().trim()).toList();
            assertTrue(links.stream().anyMatch(l -> l.startsWith("Nom")) && links.stream().anyMatch(l -> l.startsWith("Communes")), links.toString());
            WebElement name = create.findElement(By.name("name"));
            assertEquals("true", name.getAttribute("aria-invalid"));
            String message = browser.driver.findElement(By.id(name.getAttribute("aria-describedby").split(" ")[0])).getText();
            assertTrue(message.contains("Nom"), "the message under the field names it: " + message);
            browser.check("teams form, errors");
        });
    }

    /** The accessibility statement: public, linked from every page's footer, naming the axe-core the checks ran with. */
    @Test
    void theStatementIsPublicLinkedFromTheFooterAndNamesItsTool() throws Exception {
        Browser.requireKeycloakAndBrowser();
        String shell = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(shell.contains("href=\"/accessibilite.html\">Accessibilité : non conforme</a>"), "the footer links to the statement");
        Browser.browse(base, browser -> {
            browser.open("/accessibilite.html");
            assertEquals("Déclaration d’accessibilité", browser.heading());
            assertEquals(PageCheck.AXE_VERSION, browser.driver.findElement(By.cssSelector("[data-axe-version]")).getText().trim(),
                    "the statement names the axe-core of the checks");
        });
    }

    /** The realm speaks French only: an English browser still gets the sign-in page in French. */
    @Test
    void theSignInPageIsInFrenchWhateverTheBrowsersLanguage() throws Exception {
        // maillage-web asks PKCE: any challenge opens the form (the code is never exchanged)
        String url = KeycloakEndToEndIT.KEYCLOAK + "/realms/maillage/protocol/openid-connect/auth?client_id=maillage-web&response_type=code"
                + "&scope=openid&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&redirect_uri="
                + java.net.URLEncoder.encode(base.toString(), java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Accept-Language", "en-US,en;q=0.9").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.headers().map().toString());
        assertTrue(page.body().contains("lang=\"fr\"") && page.body().contains("Se connecter") && !page.body().contains("Sign in"),
                page.body().substring(0, Math.min(600, page.body().length())));
    }

    /** The links of the menu (module pages and direct entries) that stay in the platform's pages. */
    private static List<String> menuRoutes(Browser browser, String slug) {
        browser.waitFor(By.cssSelector("#contenu h1"));
        browser.menu();
        List<String> routes = new ArrayList<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("#menu a[href^='#/']"))) {
            String href = link.getAttribute("href");
            String route = href.substring(href.indexOf('#'));
            if (!routes.contains(route)) {
                routes.add(route);
            }
        }
        if (routes.stream().anyMatch(r -> r.startsWith("#/national"))) {
            routes.add("#/national/coop/" + slug);
        }
        return routes;
    }

    /** Opens a route, waits until the page has settled, and checks it (Browser does, once per state). */
    private static void visit(Browser browser, String user, String route, Set<String> visited) {
        if (!visited.add(route)) {
            return;
        }
        browser.open("/" + route);
        browser.waitFor(By.cssSelector("#contenu h1"));
        settle(browser);
        browser.check(user + " — " + route);
    }

    /** The first link of the page's content to a record under it (a volunteer, a team, a report…). */
    private static java.util.Optional<String> firstRecord(Browser browser, String route) {
        return browser.driver.findElements(By.cssSelector("#contenu a[href^='" + route + "/']")).stream()
                .map(a -> a.getAttribute("href")).map(h -> h.substring(h.indexOf('#'))).findFirst();
    }

    /** A team's page opens inside the teams page (no address of its own): the first team of the list, when there is one. */
    private static void openFirstTeam(Browser browser, String user, String route) {
        List<WebElement> teams = browser.driver.findElements(By.cssSelector("#contenu a[data-team]"));
        if (teams.isEmpty()) {
            return;
        }
        String name = teams.get(0).getText();
        teams.get(0).click();
        browser.wait.until(d -> d.findElement(By.cssSelector("#contenu h1")).getText().startsWith(name));
        settle(browser);
        assertTrue(browser.driver.getTitle().startsWith(name + " — "), "the window's title names the team: " + browser.driver.getTitle());
        browser.check(user + " — " + route + ", " + name);
        List<String> candidates = browser.driver.findElements(By.cssSelector("#membre-benevole option")).stream().map(o -> o.getText().trim()).toList();
        assertEquals(candidates.size(), new LinkedHashSet<>(candidates).size(), "every volunteer offered as a member is told apart: " + candidates);
    }

    /** Waits until the content stops changing (the page's API calls answered): the same number of nodes twice, 400 ms apart. */
    private static void settle(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        long last = -1;
        for (int i = 0; i < 40; i++) {
            long now = ((Number) js.executeScript("return document.querySelectorAll('#contenu *').length"
                    + " + (document.querySelector('#contenu [aria-busy=\"true\"]') ? 100000 : 0)")).longValue();
            if (now == last && now < 100000) {
                return;
            }
            last = now;
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
