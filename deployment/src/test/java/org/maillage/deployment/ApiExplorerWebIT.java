package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The API explorer (the shell's {@code #/api}, Swagger UI over {@code /openapi}) in the real browser, signed in through
 * the real Keycloak: a coordinator reaches it from the user menu, calls {@code GET /api/me} and gets their own
 * cooperation, and a network-level read ({@code GET /api/tenants}) answers 403: the calls carry the person's own
 * token, with its rights and no more. The page passes the Content-Security-Policy and the page checks like every other.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@NeedsBrowser
@RunAsClient
class ApiExplorerWebIT {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorCallsTheApiFromTheExplorerWithTheirOwnRights() {
        Browser.requireKeycloakAndBrowser();
        Browser.browse(base, browser -> {
            browser.open("/");
            browser.signIn("coord56");
            browser.click(By.id("utilisateur"));
            browser.click(By.cssSelector(".maillage-user__menu a[href='#/api']"));
            assertEquals("Explorateur de l’API", browser.heading());

            Answer me = call(browser, "get", "/api/me");
            assertEquals("200", me.status(), me.text());
            assertTrue(me.text().contains("morbihan"), "the coordinator's own cooperation: " + me.text());
            Answer registry = call(browser, "get", "/api/tenants");
            assertEquals("403", registry.status(), "the registry is for network admins, the coordinator's token is refused: " + registry.text());
            browser.check("explorateur après deux appels");
        });
    }

    private record Answer(String status, String text) {
    }

    /** Opens an operation, tries it out without parameters and returns the answer Swagger UI shows. */
    private static Answer call(Browser browser, String method, String path) {
        String operation = "//div[contains(@class,'opblock-" + method + "')][.//*[@data-path='" + path + "']]";
        browser.click(By.xpath(operation + "//button[contains(@class,'opblock-summary-control')]"));
        browser.click(By.xpath(operation + "//button[contains(@class,'try-out__btn')]"));
        browser.click(By.xpath(operation + "//button[contains(@class,'execute')]"));
        String status = browser.waitFor(By.xpath(operation + "//table[contains(@class,'live-responses-table')]/tbody//td[contains(@class,'response-col_status')]"))
                .getText().trim();
        return new Answer(status, browser.waitFor(By.xpath(operation + "//table[contains(@class,'live-responses-table')]")).getText());
    }
}
