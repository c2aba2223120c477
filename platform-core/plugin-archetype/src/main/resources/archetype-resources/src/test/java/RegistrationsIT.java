package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * The plugin's API over HTTP, as a client: signed test tokens ({@code Tokens}) of each role, a cooperation of
 * its own per test ({@code newCooperation}: the classes share one platform and one database).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationsIT {

    @ArquillianResource
    URL base;

    /** Only a network admin creates a cooperation and enables a plugin for it. */
    private String cooperation() {
        return Api.at(base).as(Tokens.networkAdmin()).newCooperation("${pluginId}", "56", "${pluginId}");
    }

    private String path(String slug) {
        return "/api/tenants/" + slug + "/${pluginId}/registrations";
    }

    @Test
    void coordinatorsRegisterAndReferentsRead() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        assertEquals(201, coordinator.post(path(slug), "{\"email\": \" Jean.Dupont@Exemple.fr\", \"activity\": \"Visites\"}").status());

        Api referent = Api.at(base).as(Tokens.referent(slug));
        assertEquals(List.of("jean.dupont@exemple.fr"), referent.get(path(slug)).array().stream()
                .map(r -> r.asJsonObject().getString("email")).toList());
        referent.post(path(slug), "{\"email\": \"marie@exemple.fr\", \"activity\": \"Visites\"}").assertError(403);
        Api.at(base).as(Tokens.coordinator("ailleurs")).get(path(slug)).assertError(403);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        var error = coordinator.post(path(slug), "{\"email\": \"pas-une-adresse\", \"activity\": \"\"}").assertError(400);
        assertEquals(List.of("activity", "email"), error.getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field").replaceAll(".*\\.", "")).sorted().toList());
    }

    @Test
    void theCapacitySettingLimitsRegistrations() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String setting = "/api/tenants/" + slug + "/settings/${pluginId}.capacity";
        coordinator.put(setting, "{\"value\": \"0\"}").assertError(400);
        assertEquals(200, coordinator.put(setting, "{\"value\": \"1\"}").status());

        assertEquals(201, coordinator.post(path(slug), "{\"email\": \"a@exemple.fr\", \"activity\": \"Visites\"}").status());
        coordinator.post(path(slug), "{\"email\": \"b@exemple.fr\", \"activity\": \"Visites\"}").assertError(409);
    }
}
