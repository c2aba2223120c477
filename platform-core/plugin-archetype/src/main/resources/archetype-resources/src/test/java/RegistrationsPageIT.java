package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;
import org.maillage.testkit.web.NeedsChromium;
import org.maillage.testkit.web.PluginBrowser;
import org.openqa.selenium.By;

/**
 * The plugin's page in the machine's headless Chromium, signed in with a test token. Skipped, saying why, on a
 * machine without Chromium. Closing the browser fails the test if a page wrote an error to the console.
 */
@NeedsChromium
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorRegistersAPersonFromThePage() {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("${pluginId}", "56", "${pluginId}");
        try (PluginBrowser browser = PluginBrowser.signedIn(base, Tokens.coordinator(slug))) {
            browser.open(slug, "${pluginId}", "registrations");
            assertEquals("${pluginName}", browser.heading());
            browser.awaitText("Aucune inscription").check("${pluginId}: empty");

            browser.click(By.cssSelector("#inscrire button[type=submit]"));
            browser.waitFor(By.cssSelector("#champ-email[aria-invalid=true]"));
            browser.check("${pluginId}: form errors");

            browser.type("champ-email", "jean.dupont@exemple.fr").type("champ-activity", "Visites de convivialité")
                    .click(By.cssSelector("#inscrire button[type=submit]"));
            browser.awaitText("jean.dupont@exemple.fr").check("${pluginId}: one registration");
        }
    }
}
